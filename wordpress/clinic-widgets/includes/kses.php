<?php
/**
 * Lets every role keep the widgets' tags: kses allows each tag with its documented attributes
 * (from custom-elements.json) and checks the protocols of the URL attributes.
 *
 * `<script>` stays disallowed: kses cannot allow it safely, so a clinic's own content travels
 * as block or shortcode attributes and is written out by the server.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the widgets' tags to what post content may hold.
 *
 * @param array  $allowed Allowed tags and attributes.
 * @param string $context The kses context.
 * @return array
 */
function clinic_widgets_allowed_html( $allowed, $context ) {
	if ( 'post' !== $context || ! is_array( $allowed ) ) {
		return $allowed;
	}
	$manifest = clinic_widgets_manifest();
	foreach ( $manifest['elements'] as $tag => $element ) {
		$attributes = array(
			'id'    => true,
			'class' => true,
			'lang'  => true,
			'dir'   => true,
		);
		foreach ( $element['allowed'] as $name ) {
			$attributes[ $name ] = true;
		}
		$allowed[ $tag ] = isset( $allowed[ $tag ] ) ? array_merge( $allowed[ $tag ], $attributes ) : $attributes;
	}
	return $allowed;
}
add_filter( 'wp_kses_allowed_html', 'clinic_widgets_allowed_html', 10, 2 );

/**
 * The widgets' URL attributes (`src`, `intake-url`), so kses checks their protocols.
 *
 * @param string[] $attributes Attributes kses reads as URLs.
 * @return string[]
 */
function clinic_widgets_uri_attributes( $attributes ) {
	$manifest = clinic_widgets_manifest();
	foreach ( $manifest['elements'] as $element ) {
		foreach ( $element['attributes'] as $name => $attribute ) {
			if ( 'url' === $attribute['type'] && ! in_array( $name, $attributes, true ) ) {
				$attributes[] = $name;
			}
		}
	}
	return $attributes;
}
add_filter( 'wp_kses_uri_attributes', 'clinic_widgets_uri_attributes' );
