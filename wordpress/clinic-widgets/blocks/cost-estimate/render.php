<?php
/**
 * Renders the cost-estimate block: the snippet's markup, written by the server.
 *
 * @package ClinicWidgets
 *
 * @var array    $attributes Block attributes.
 * @var string   $content    Inner blocks' HTML.
 * @var WP_Block $block      The block.
 */

defined( 'ABSPATH' ) || exit;

// Every part is escaped where it is built (includes/markup.php).
echo clinic_widgets_render_block( 'cost-estimate', $attributes, $content, $block ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
