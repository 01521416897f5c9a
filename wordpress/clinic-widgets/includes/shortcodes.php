<?php
/**
 * Shortcodes for classic (non-block) posts: [crisis_banner region="CA"], [faq_list]...
 *
 * They run after wpautop, so their output is never broken into paragraphs; the clinic's
 * content travels as shortcode attributes ([crisis_line], [faq_item]) and the server writes
 * the JSON child.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers one shortcode per element (the tag with `_`), plus [crisis_line] and [faq_item].
 */
function clinic_widgets_register_shortcodes() {
	$manifest = clinic_widgets_manifest();
	foreach ( $manifest['elements'] as $tag => $element ) {
		add_shortcode(
			$element['shortcode'],
			static function ( $atts, $content = '' ) use ( $tag ) {
				return clinic_widgets_shortcode( $tag, $atts, (string) $content );
			}
		);
	}
	// Items only mean something inside their list; alone they write nothing.
	add_shortcode( 'crisis_line', '__return_empty_string' );
	add_shortcode( 'faq_item', '__return_empty_string' );
}
add_action( 'init', 'clinic_widgets_register_shortcodes' );

/**
 * A shortcode's attributes by HTML name; `[evidence_card compare]` sets a boolean.
 *
 * @param string       $tag  Tag name.
 * @param array|string $atts What WordPress parsed.
 * @return array
 */
function clinic_widgets_shortcode_values( $tag, $atts ) {
	$manifest = clinic_widgets_manifest();
	$atts     = is_array( $atts ) ? $atts : array();
	$values   = array();
	foreach ( $manifest['elements'][ $tag ]['attributes'] as $name => $attribute ) {
		if ( 'boolean' === $attribute['type'] ) {
			$flag = in_array( $name, $atts, true );
			if ( isset( $atts[ $name ] ) ) {
				$flag = ! in_array( strtolower( trim( (string) $atts[ $name ] ) ), array( '0', 'false', 'no', 'off' ), true );
			}
			$values[ $name ] = $flag;
		} elseif ( isset( $atts[ $name ] ) ) {
			$values[ $name ] = clinic_widgets_text( $atts[ $name ] );
		}
	}
	return $values;
}

/**
 * The attributes of each [$name ...] item shortcode in $content, with the text it encloses.
 *
 * @param string $name    Item shortcode name.
 * @param string $content Enclosed content.
 * @return array[]
 */
function clinic_widgets_shortcode_items( $name, $content ) {
	$items = array();
	if ( ! preg_match_all( '/' . get_shortcode_regex( array( $name ) ) . '/s', $content, $matches, PREG_SET_ORDER ) ) {
		return $items;
	}
	foreach ( $matches as $match ) {
		if ( '[' === $match[1] && ']' === $match[6] ) {
			continue; // [[escaped]].
		}
		$atts          = shortcode_parse_atts( $match[3] );
		$atts          = is_array( $atts ) ? $atts : array();
		$atts['inner'] = isset( $match[5] ) ? $match[5] : '';
		$items[]       = $atts;
	}
	return $items;
}

/**
 * HTML that wpautop cut at a shortcode's edges ("Para.</p><p>Para."), made whole again.
 *
 * @param string $html Enclosed HTML.
 * @return string
 */
function clinic_widgets_mend_paragraphs( $html ) {
	$html = trim( preg_replace( '#^(?:\s*<br\s*/?>)+|(?:<br\s*/?>\s*)+$#', '', trim( $html ) ) );
	if ( '' === $html ) {
		return '';
	}
	$html = force_balance_tags( '<p>' . $html . '</p>' );
	return trim( preg_replace( '#<p>\s*</p>#', '', $html ) );
}

/**
 * Mixed content inside [clinic_context]: the paragraph and line breaks wpautop put around
 * the shortcodes in it are taken out, so the widgets do not end up inside paragraphs.
 *
 * @param string $html Enclosed HTML.
 * @return string
 */
function clinic_widgets_unautop_inner( $html ) {
	$html = preg_replace( '#<p>\s*(\[[^\[\]]+\])\s*</p>#', '$1', $html );
	$html = preg_replace( '#(\[[^\[\]]+\])\s*<br\s*/?>#', '$1', $html );
	$html = preg_replace( '#<br\s*/?>\s*(\[[^\[\]]+\])#', '$1', $html );
	$html = preg_replace( '#^\s*</p>|<p>\s*$#', '', $html );
	return force_balance_tags( trim( $html ) );
}

/**
 * One element's shortcode.
 *
 * @param string       $tag     Tag name.
 * @param array|string $atts    Attributes.
 * @param string       $content Enclosed content (already through wpautop in a classic post).
 * @return string
 */
function clinic_widgets_shortcode( $tag, $atts, $content ) {
	$values = clinic_widgets_shortcode_values( $tag, $atts );
	$atts   = is_array( $atts ) ? $atts : array();
	$widget = array();
	switch ( $tag ) {
		case 'clinic-context':
			clinic_widgets_enqueue_assets();
			clinic_widgets_in_context( true );
			$inner = do_shortcode( clinic_widgets_unautop_inner( $content ) );
			clinic_widgets_in_context( false );
			return clinic_widgets_context_open( $values ) . $inner . '</clinic-context>';
		case 'crisis-banner':
			$lines    = clinic_widgets_crisis_lines_content(
				isset( $atts['emergency'] ) ? $atts['emergency'] : '',
				clinic_widgets_shortcode_items( 'crisis_line', $content )
			);
			$settings = clinic_widgets_settings();
			$widget   = array(
				'json' => $lines,
				'html' => esc_html(
					clinic_widgets_crisis_fallback(
						$lines,
						isset( $values['locale'] ) ? $values['locale'] : $settings['locale'],
						isset( $values['region'] ) ? $values['region'] : $settings['region']
					)
				),
			);
			break;
		case 'faq-list':
			$items = array();
			foreach ( clinic_widgets_shortcode_items( 'faq_item', $content ) as $item ) {
				$item['answer'] = clinic_widgets_mend_paragraphs( $item['inner'] );
				$items[]        = $item;
			}
			$widget = array( 'json' => clinic_widgets_faq_content( $items ) );
			break;
		case 'medical-disclaimer':
			$widget = array( 'html' => wp_kses_post( clinic_widgets_mend_paragraphs( $content ) ) );
			break;
	}
	return clinic_widgets_widget_markup( $tag, $values, $widget );
}

/**
 * Takes the paragraph marks wpautop put around our enclosing shortcodes' opening and closing
 * tags (shortcode_unautop only handles a shortcode alone in its paragraph).
 *
 * @param string $content Post content after wpautop.
 * @return string
 */
function clinic_widgets_shortcode_unautop( $content ) {
	if ( false === strpos( $content, '[' ) ) {
		return $content;
	}
	$names   = 'crisis_banner|faq_list|medical_disclaimer|clinic_context';
	$content = preg_replace( '#<p>\s*(\[(?:' . $names . ')(?:\s[^\]]*)?\])\s*(?:<br\s*/?>|</p>)#', '$1', $content );
	return preg_replace( '#(?:<p>|<br\s*/?>)\s*(\[/(?:' . $names . ')\])\s*</p>#', '$1', $content );
}
add_filter( 'the_content', 'clinic_widgets_shortcode_unautop', 10 );
