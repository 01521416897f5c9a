<?php
/**
 * Loads the widgets' script (as a module) and stylesheet, only where a page uses a widget.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

const CLINIC_WIDGETS_HANDLE = 'clinic-widgets';

/**
 * Whether this WordPress has script modules (6.5 and later).
 *
 * @return bool
 */
function clinic_widgets_has_script_modules() {
	return function_exists( 'wp_enqueue_script_module' );
}

/**
 * Enqueues the script and the stylesheet (once; safe to call while a page renders).
 */
function clinic_widgets_enqueue_assets() {
	static $done = false;
	if ( $done || is_admin() && ! wp_doing_ajax() && ! did_action( 'enqueue_block_editor_assets' ) ) {
		return;
	}
	$done     = true;
	$manifest = clinic_widgets_manifest();
	$version  = $manifest['asset_version'];
	$base     = plugins_url( '/', CLINIC_WIDGETS_FILE );
	wp_enqueue_style( CLINIC_WIDGETS_HANDLE, $base . $manifest['style'], array(), $version );
	wp_enqueue_style( CLINIC_WIDGETS_HANDLE . '-wordpress', $base . 'public/wordpress.css', array( CLINIC_WIDGETS_HANDLE ), $version );
	if ( clinic_widgets_has_script_modules() ) {
		wp_enqueue_script_module( CLINIC_WIDGETS_HANDLE, $base . $manifest['script'], array(), $version );
		return;
	}
	wp_enqueue_script( CLINIC_WIDGETS_HANDLE, $base . $manifest['script'], array(), $version, true );
}

/**
 * Before WordPress 6.5: the script tag of our handle becomes `type="module"`.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function clinic_widgets_module_tag( $tag, $handle ) {
	if ( CLINIC_WIDGETS_HANDLE !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])[^"\']*\1/', '', $tag );
	return preg_replace( '/<script(?=[\s>])/', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'clinic_widgets_module_tag', 10, 2 );

/**
 * Whether content holds a widget: one of our blocks, shortcodes or tags.
 *
 * @param string $content Post content.
 * @return bool
 */
function clinic_widgets_content_has_widget( $content ) {
	$manifest   = clinic_widgets_manifest();
	$tags       = array_keys( $manifest['elements'] );
	$shortcodes = array();
	foreach ( $manifest['elements'] as $element ) {
		$shortcodes[] = $element['shortcode'];
	}
	$pattern = '/<!--\s+wp:clinic-widgets\/|<(?:' . implode( '|', $tags ) . ')[\s>\/]|\[(?:' . implode( '|', $shortcodes ) . ')[\s\]\/]/i';
	return (bool) preg_match( $pattern, (string) $content );
}

/**
 * Enqueues in the head for the posts the page shows, when one of them uses a widget. Widgets
 * found later (a reusable block, a widget area) enqueue themselves as they render.
 */
function clinic_widgets_enqueue_for_query() {
	global $wp_query;
	if ( ! $wp_query || empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && clinic_widgets_content_has_widget( $post->post_content ) ) {
			clinic_widgets_enqueue_assets();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'clinic_widgets_enqueue_for_query' );

/**
 * A Custom HTML block with the tags in it gets the settings' clinic context around it.
 *
 * @param string $html  The block's output.
 * @param array  $block The parsed block.
 * @return string
 */
function clinic_widgets_wrap_html_block( $html, $block ) {
	if ( 'core/html' !== $block['blockName'] || ! clinic_widgets_content_has_widget( $html ) || clinic_widgets_in_context() ) {
		return $html;
	}
	clinic_widgets_enqueue_assets();
	return clinic_widgets_context_open() . $html . '</clinic-context>';
}
add_filter( 'render_block', 'clinic_widgets_wrap_html_block', 10, 2 );
