<?php
/**
 * The markup every path writes (blocks, shortcodes): the same tags as the README's snippet.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether a widget is being written inside a <clinic-context> that this plugin opened
 * (a Clinic context block or a [clinic_context] shortcode): then it needs no wrapper of its own.
 *
 * @param bool|null $enter True to enter such a context, false to leave it, null to ask.
 * @return bool
 */
function clinic_widgets_in_context( $enter = null ) {
	static $depth = 0;
	if ( true === $enter ) {
		++$depth;
	} elseif ( false === $enter ) {
		$depth = max( 0, $depth - 1 );
	}
	return $depth > 0;
}

/**
 * One element's opening tag, with only the attributes the manifest documents for it.
 *
 * @param string $tag    Tag name, e.g. 'crisis-banner'.
 * @param array  $values HTML attribute name => string value, or true for a boolean attribute.
 * @param string $extra  Pre-escaped attributes (a block's wrapper attributes), or ''.
 * @return string
 */
function clinic_widgets_open_tag( $tag, $values, $extra = '' ) {
	$manifest = clinic_widgets_manifest();
	$known    = isset( $manifest['elements'][ $tag ] ) ? $manifest['elements'][ $tag ]['attributes'] : array();
	$html     = '<' . $tag;
	foreach ( $values as $name => $value ) {
		if ( ! isset( $known[ $name ] ) || null === $value || false === $value || '' === $value ) {
			continue;
		}
		if ( true === $value ) {
			$html .= ' ' . $name;
			continue;
		}
		$value = (string) $value;
		if ( 'url' === $known[ $name ]['type'] ) {
			$value = clinic_widgets_clean_url( $value );
			if ( '' === $value ) {
				continue;
			}
			$html .= ' ' . $name . '="' . esc_url( $value, clinic_widgets_url_protocols( $name ) ) . '"';
			continue;
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	if ( '' !== $extra ) {
		$html .= ' ' . $extra;
	}
	return $html . '>';
}

/**
 * The protocols a URL attribute may use: a content file is fetched (web only); an intake link
 * may also call or write.
 *
 * @param string $name Attribute name.
 * @return string[]
 */
function clinic_widgets_url_protocols( $name ) {
	return 'src' === $name ? array( 'https', 'http' ) : array( 'https', 'http', 'tel', 'mailto' );
}

/**
 * A URL as an author typed it, or '' when the browser would not use it as one.
 *
 * @param string $url The URL.
 * @return string
 */
function clinic_widgets_clean_url( $url ) {
	// Browsers drop tabs, newlines and leading control characters before reading a scheme.
	$url = trim( preg_replace( '/[\x00-\x20\x7f]+/', ' ', (string) $url ) );
	if ( '' === $url || preg_match( '/\s/', $url ) ) {
		return '';
	}
	return $url;
}

/**
 * A `<script type="application/json">` child. JSON_HEX_* keeps `<`, `>`, `&` and quotes out
 * of it, so no text in it can close the script element or open a comment; `[` and `]` in
 * strings are escaped too, so do_shortcode (which runs over rendered blocks) finds nothing.
 *
 * @param array $data The content.
 * @return string
 */
function clinic_widgets_json_child( $data ) {
	$json = wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
	if ( false === $json ) {
		return '';
	}
	$json = preg_replace_callback(
		'/"(?:[^"\\\\]|\\\\.)*"/s',
		static function ( $match ) {
			return str_replace( array( '[', ']' ), array( '\\u005b', '\\u005d' ), $match[0] );
		},
		$json
	);
	return '<script type="application/json">' . $json . '</script>';
}

/**
 * Plain text from a field that kses may have filtered as HTML (it writes `&` as `&amp;`).
 * Markup in it stays as typed: the server escapes it and the widgets show it as text.
 *
 * @param mixed $value The stored value.
 * @return string
 */
function clinic_widgets_text( $value ) {
	if ( ! is_scalar( $value ) ) {
		return '';
	}
	return trim( html_entity_decode( (string) $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
}

/**
 * The clinic's crisis lines as the banner's JSON reads them, or null when none were given.
 *
 * @param string $emergency One number, or several separated by commas ("112, 999").
 * @param array  $lines     Each with name and optional call, text, url, hours.
 * @return array|null
 */
function clinic_widgets_crisis_lines_content( $emergency, $lines ) {
	$numbers = array_values( array_filter( array_map( 'clinic_widgets_text', explode( ',', (string) $emergency ) ) ) );
	$out     = array();
	foreach ( is_array( $lines ) ? $lines : array() as $line ) {
		if ( ! is_array( $line ) ) {
			continue;
		}
		$item = array();
		foreach ( array( 'name', 'call', 'text', 'url', 'hours' ) as $field ) {
			$value = isset( $line[ $field ] ) ? clinic_widgets_text( $line[ $field ] ) : '';
			if ( '' !== $value ) {
				$item[ $field ] = $value;
			}
		}
		if ( ! empty( $item ) ) {
			$out[] = $item;
		}
	}
	if ( empty( $numbers ) && empty( $out ) ) {
		return null;
	}
	// The banner checks each field; an incomplete set is reported in the console, and its built-in lines stay.
	return array(
		'emergency' => 1 === count( $numbers ) ? $numbers[0] : $numbers,
		'lines'     => $out,
	);
}

/**
 * The tags an FAQ answer may carry (the element's own allow-list).
 *
 * @return array
 */
function clinic_widgets_answer_tags() {
	return array(
		'p'      => array(),
		'a'      => array( 'href' => true ),
		'em'     => array(),
		'strong' => array(),
		'ul'     => array(),
		'ol'     => array(),
		'li'     => array(),
		'br'     => array(),
	);
}

/**
 * The clinic's FAQ as the list's JSON reads it, or null when it has no question.
 *
 * @param array $items Each with question, answer and optional id.
 * @return array|null
 */
function clinic_widgets_faq_content( $items ) {
	$out = array();
	foreach ( is_array( $items ) ? $items : array() as $item ) {
		if ( ! is_array( $item ) ) {
			continue;
		}
		$question = isset( $item['question'] ) ? clinic_widgets_text( $item['question'] ) : '';
		$answer   = isset( $item['answer'] ) ? trim( wp_kses( (string) $item['answer'], clinic_widgets_answer_tags() ) ) : '';
		if ( '' === $question && '' === $answer ) {
			continue;
		}
		$entry = array(
			'question' => $question,
			'answer'   => $answer,
		);
		$id    = isset( $item['id'] ) ? clinic_widgets_text( $item['id'] ) : '';
		if ( '' !== $id ) {
			$entry = array( 'id' => $id ) + $entry;
		}
		$out[] = $entry;
	}
	return empty( $out ) ? null : array( 'items' => $out );
}

/**
 * A list of the clinic's own under `$key`, with its heading when one was given (plain text, at
 * most 200 characters), or null for an empty list: the element then shows its built-in pack.
 *
 * @param string $key   `items` or `sources`.
 * @param array  $list  The entries, already read as text.
 * @param string $title The list's heading, or empty for the element's own.
 * @return array|null
 */
function clinic_widgets_titled_list( $key, $list, $title ) {
	if ( empty( $list ) ) {
		return null;
	}
	$title = mb_substr( clinic_widgets_text( $title ), 0, 200 );
	return '' === $title ? array( $key => $list ) : array( 'title' => $title, $key => $list );
}

/**
 * The clinic's own key points as the element's JSON reads them (`title`, `items`: plain text,
 * at most 50 of at most 1,000 characters; a blank one dropped), or null when none were given.
 *
 * @param array  $points Each with `text`.
 * @param string $title  The list's heading, or empty for the element's own.
 * @return array|null
 */
function clinic_widgets_takeaways_content( $points, $title ) {
	$items = array();
	foreach ( is_array( $points ) ? $points : array() as $point ) {
		$text = is_array( $point ) && isset( $point['text'] ) ? clinic_widgets_text( $point['text'] ) : '';
		if ( '' !== $text && count( $items ) < 50 ) {
			$items[] = mb_substr( $text, 0, 1000 );
		}
	}
	return clinic_widgets_titled_list( 'items', $items, $title );
}

/**
 * The clinic's own sources as the element's JSON reads them (`title`, `sources`), or null when
 * none were given. Each field as plain text, an empty one left out (the element then names
 * what an entry lacks); a four-digit year as a number; an entry with nothing in it dropped.
 *
 * @param array  $sources Each with id, authors, publisher, year, title, journal, url, note.
 * @param string $title   The list's heading, or empty for the element's own.
 * @return array|null
 */
function clinic_widgets_sources_content( $sources, $title ) {
	$fields = array( 'id', 'authors', 'publisher', 'year', 'title', 'journal', 'url', 'note' );
	$out    = array();
	foreach ( is_array( $sources ) ? $sources : array() as $source ) {
		if ( ! is_array( $source ) || count( $out ) >= 200 ) {
			continue;
		}
		$entry = array();
		foreach ( $fields as $field ) {
			$value = isset( $source[ $field ] ) ? clinic_widgets_text( $source[ $field ] ) : '';
			if ( '' !== $value ) {
				$entry[ $field ] = 'year' === $field && preg_match( '/^\d{4}$/', $value ) ? (int) $value : $value;
			}
		}
		if ( ! empty( $entry ) ) {
			$out[] = $entry;
		}
	}
	return clinic_widgets_titled_list( 'sources', $out, $title );
}

/**
 * Evidence content: every string in it read back as text (kses wrote entities into it).
 *
 * @param mixed $value The stored value.
 * @return mixed
 */
function clinic_widgets_plain_content( $value ) {
	if ( is_array( $value ) ) {
		return array_map( 'clinic_widgets_plain_content', $value );
	}
	if ( is_string( $value ) ) {
		return clinic_widgets_text( $value );
	}
	return $value;
}

/**
 * The no-script text of a crisis banner: the clinic's own numbers when it gave them,
 * else the snippet's North American sentence where it holds, else a general one.
 *
 * @param array|null $lines  The clinic's lines.
 * @param string     $locale 'en' or 'fr'.
 * @param string     $region Region code or ''.
 * @return string
 */
function clinic_widgets_crisis_fallback( $lines, $locale, $region ) {
	$french = 0 === strpos( strtolower( (string) $locale ), 'fr' );
	if ( $lines && ! empty( $lines['emergency'] ) ) {
		$numbers = implode( $french ? ' ou ' : ' or ', (array) $lines['emergency'] );
		$text    = $french ? "En cas de danger immédiat, composez le $numbers." : "If you are in immediate danger, call $numbers.";
		foreach ( $lines['lines'] as $line ) {
			$number = isset( $line['call'] ) ? $line['call'] : ( isset( $line['text'] ) ? $line['text'] : '' );
			if ( isset( $line['name'] ) && '' !== $number ) {
				$text .= ' ' . $line['name'] . ': ' . $number . '.';
			}
		}
		return $text;
	}
	if ( in_array( strtoupper( (string) $region ), array( '', 'CA', 'US' ), true ) ) {
		return $french
			? 'En cas de danger immédiat, composez le 911. Au Canada ou aux États-Unis, appelez ou textez le 988.'
			: 'If you are in immediate danger, call 911. In Canada or the United States, call or text 988.';
	}
	return $french
		? 'En cas de danger immédiat, appelez les services d’urgence de votre pays.'
		: 'If you are in immediate danger, call your local emergency number.';
}

/**
 * One widget's full markup: its tag and attributes, its JSON child or inner HTML, and the
 * settings' <clinic-context> around it unless it is already inside one this plugin wrote.
 *
 * @param string $tag     Tag name.
 * @param array  $values  HTML attribute name => value.
 * @param array  $content Optional: 'json' => data for the JSON child, 'html' => inner HTML (already safe).
 * @param string $wrapper Pre-escaped wrapper attributes (a block's), or ''.
 * @return string
 */
function clinic_widgets_widget_markup( $tag, $values, $content = array(), $wrapper = '' ) {
	clinic_widgets_enqueue_assets();
	$settings = clinic_widgets_settings();
	if ( 'crisis-banner' === $tag && empty( $values['src'] ) && empty( $content['json'] ) && '' !== $settings['crisis_src'] ) {
		$values['src'] = $settings['crisis_src'];
	}
	$inner = '';
	if ( ! empty( $content['json'] ) ) {
		$inner .= clinic_widgets_json_child( $content['json'] );
	}
	if ( isset( $content['html'] ) ) {
		$inner .= $content['html'];
	}
	if ( clinic_widgets_in_context() ) {
		return clinic_widgets_open_tag( $tag, $values, $wrapper ) . $inner . '</' . $tag . '>';
	}
	$widget = clinic_widgets_open_tag( $tag, $values ) . $inner . '</' . $tag . '>';
	return clinic_widgets_context_open( array(), $wrapper ) . $widget . '</clinic-context>';
}

/**
 * The settings' <clinic-context> opening tag; $own values (a Clinic context block's) win.
 *
 * @param array  $own     HTML attribute name => value.
 * @param string $wrapper Pre-escaped wrapper attributes, or ''.
 * @return string
 */
function clinic_widgets_context_open( $own = array(), $wrapper = '' ) {
	$settings = clinic_widgets_settings();
	$values   = array(
		'locale'      => $settings['locale'],
		'region'      => $settings['region'],
		'clinic-name' => $settings['clinic_name'],
		'phone'       => $settings['phone'],
		'intake-url'  => $settings['intake_url'],
	);
	foreach ( $own as $name => $value ) {
		if ( '' !== $value && null !== $value ) {
			$values[ $name ] = $value;
		}
	}
	$class = 'class="clinic-widgets-context"';
	if ( '' !== $wrapper ) {
		// A block's wrapper attributes carry its class (alignment); keep ours in it.
		$wrapper = preg_replace( '/\bclass="/', 'class="clinic-widgets-context ', $wrapper, 1, $count );
		$class   = $count ? $wrapper : $class . ' ' . $wrapper;
	}
	return clinic_widgets_open_tag( 'clinic-context', $values, $class );
}
