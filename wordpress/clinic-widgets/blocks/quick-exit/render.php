<?php
/**
 * Renders the quick-exit block: the snippet's markup, written by the server.
 *
 * @package ClinicWidgets
 *
 * @var array    $attributes Block attributes.
 * @var string   $content    Inner blocks' HTML.
 * @var WP_Block $block      The block.
 */

defined( 'ABSPATH' ) || exit;

// The editor's preview comes through the REST API: there, Shift pressed three times must not
// take the editor away from unsaved work. The published page keeps the shortcut.
if ( defined( 'REST_REQUEST' ) && REST_REQUEST ) {
	$attributes['noShortcut'] = true;
}

// Every part is escaped where it is built (includes/markup.php).
echo clinic_widgets_render_block( 'quick-exit', $attributes, $content, $block ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
