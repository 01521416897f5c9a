<?php
/**
 * One block per element, registered from its block.json and rendered on the server.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the editor script (plain JavaScript on the wp globals: no build step) and the blocks.
 */
function clinic_widgets_register_blocks() {
	$manifest = clinic_widgets_manifest();
	wp_register_script(
		'clinic-widgets-editor',
		plugins_url( 'editor/blocks.js', CLINIC_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-server-side-render' ),
		$manifest['asset_version'],
		true
	);
	foreach ( array_keys( $manifest['elements'] ) as $tag ) {
		register_block_type( CLINIC_WIDGETS_DIR . 'blocks/' . $tag );
	}
}
add_action( 'init', 'clinic_widgets_register_blocks' );

/**
 * Gives the editor script the elements' attributes (from the manifest) and its strings,
 * translated here so one .mo file serves PHP and JavaScript; loads the widgets for previews.
 */
function clinic_widgets_editor_assets() {
	$manifest = clinic_widgets_manifest();
	$data     = array(
		'elements' => $manifest['elements'],
		'choices'  => clinic_widgets_choices(),
		'strings'  => array(
			'attributes'     => __( 'Settings', 'clinic-widgets' ),
			'default'        => __( 'Default', 'clinic-widgets' ),
			'content'        => __( 'Your clinic’s content', 'clinic-widgets' ),
			'emergency'      => __( 'Emergency number (several: separate with commas)', 'clinic-widgets' ),
			'line'           => __( 'Crisis line', 'clinic-widgets' ),
			'lineName'       => __( 'Name', 'clinic-widgets' ),
			'lineCall'       => __( 'Number to call', 'clinic-widgets' ),
			'lineText'       => __( 'Number to text', 'clinic-widgets' ),
			'lineUrl'        => __( 'Website', 'clinic-widgets' ),
			'lineHours'      => __( 'Hours', 'clinic-widgets' ),
			'addLine'        => __( 'Add a crisis line', 'clinic-widgets' ),
			'linesHelp'      => __( 'Leave empty to show the built-in lines for the region.', 'clinic-widgets' ),
			'fallback'       => __( 'Text shown if the script does not load', 'clinic-widgets' ),
			'question'       => __( 'Question', 'clinic-widgets' ),
			'answer'         => __( 'Answer (may use <p>, <a>, <em>, <strong>, lists)', 'clinic-widgets' ),
			'questionId'     => __( 'Link id (optional)', 'clinic-widgets' ),
			'addQuestion'    => __( 'Add a question', 'clinic-widgets' ),
			'pointsTitle'    => __( 'Heading of your key points (optional)', 'clinic-widgets' ),
			'point'          => __( 'Key point', 'clinic-widgets' ),
			'addPoint'       => __( 'Add a key point', 'clinic-widgets' ),
			'pointsHelp'     => __( 'Plain text, one point each. Leave empty to show the built-in pack chosen above.', 'clinic-widgets' ),
			'sourcesTitle'   => __( 'Heading of your sources (optional)', 'clinic-widgets' ),
			'sourcesHelp'    => __( 'Numbered in this order. Each needs authors or a publisher, and a title or a journal. Leave empty to show the built-in pack chosen above.', 'clinic-widgets' ),
			'addSource'      => __( 'Add a source', 'clinic-widgets' ),
			'sourceId'       => __( 'Id that evidence cards cite (optional, e.g. dakwar-2019)', 'clinic-widgets' ),
			'sourceAuthors'  => __( 'Authors, as cited', 'clinic-widgets' ),
			'sourcePublisher' => __( 'Or the publishing organisation', 'clinic-widgets' ),
			'sourceYear'     => __( 'Year', 'clinic-widgets' ),
			'sourceTitle'    => __( 'Title', 'clinic-widgets' ),
			'sourceJournal'  => __( 'Journal, as abbreviated', 'clinic-widgets' ),
			'sourceUrl'      => __( 'Web address', 'clinic-widgets' ),
			'sourceNote'     => __( 'What it is about (optional)', 'clinic-widgets' ),
			'remove'         => __( 'Remove', 'clinic-widgets' ),
			'moveUp'         => __( 'Move up', 'clinic-widgets' ),
			'evidence'       => __( 'Your clinic’s evidence (JSON, as in the README)', 'clinic-widgets' ),
			'evidenceHelp'   => __( 'Leave empty to show the built-in evidence.', 'clinic-widgets' ),
			'prices'         => __( 'Your clinic’s prices (JSON, as in the README)', 'clinic-widgets' ),
			'pricesHelp'     => __( 'Leave empty to show the built-in prices. Invalid prices show no prices at all.', 'clinic-widgets' ),
			'invalidJson'    => __( 'This is not valid JSON yet; the last valid content is kept.', 'clinic-widgets' ),
			'disclaimerText' => __( 'Your own disclaimer text (optional; replaces the built-in notices):', 'clinic-widgets' ),
			'contextHelp'    => __( 'Widgets inside take these values; empty fields use Settings > Clinic widgets.', 'clinic-widgets' ),
		),
	);
	wp_add_inline_script( 'clinic-widgets-editor', 'window.clinicWidgetsEditor = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	clinic_widgets_enqueue_assets();
}
add_action( 'enqueue_block_editor_assets', 'clinic_widgets_editor_assets' );

/**
 * Adds a "Clinic widgets" category to the block inserter.
 *
 * @param array $categories Block categories.
 * @return array
 */
function clinic_widgets_block_category( $categories ) {
	$categories[] = array(
		'slug'  => 'clinic-widgets',
		'title' => __( 'Clinic widgets', 'clinic-widgets' ),
	);
	return $categories;
}
add_filter( 'block_categories_all', 'clinic_widgets_block_category' );

/**
 * A block's element attributes, by HTML name, from its (camelCase) block attributes.
 *
 * @param string $tag        Tag name.
 * @param array  $attributes Block attributes.
 * @return array
 */
function clinic_widgets_block_values( $tag, $attributes ) {
	$manifest = clinic_widgets_manifest();
	$values   = array();
	foreach ( $manifest['elements'][ $tag ]['attributes'] as $name => $attribute ) {
		if ( ! isset( $attributes[ $attribute['key'] ] ) ) {
			continue;
		}
		$value = $attributes[ $attribute['key'] ];
		if ( 'boolean' === $attribute['type'] ) {
			$values[ $name ] = (bool) $value;
		} elseif ( is_scalar( $value ) ) {
			$values[ $name ] = clinic_widgets_text( $value );
		}
	}
	return $values;
}

/**
 * What each block's render.php returns: the snippet's markup for its element, with the
 * clinic's content as the JSON child.
 *
 * @param string   $tag        Tag name.
 * @param array    $attributes Block attributes.
 * @param string   $content    Inner blocks' HTML.
 * @param WP_Block $block      The block.
 * @return string
 */
function clinic_widgets_render_block( $tag, $attributes, $content, $block ) {
	$values  = clinic_widgets_block_values( $tag, $attributes );
	$wrapper = get_block_wrapper_attributes();
	if ( 'clinic-context' === $tag ) {
		clinic_widgets_enqueue_assets();
		return clinic_widgets_context_open( $values, $wrapper ) . $content . '</clinic-context>';
	}
	$inside = ! empty( $block->context['clinic-widgets/context'] );
	if ( $inside ) {
		clinic_widgets_in_context( true );
	}
	$widget = array();
	switch ( $tag ) {
		case 'crisis-banner':
			$lines  = clinic_widgets_crisis_lines_content(
				isset( $attributes['emergency'] ) ? $attributes['emergency'] : '',
				isset( $attributes['lines'] ) ? $attributes['lines'] : array()
			);
			$own    = isset( $attributes['fallback'] ) ? clinic_widgets_text( $attributes['fallback'] ) : '';
			$locale = isset( $values['locale'] ) ? $values['locale'] : clinic_widgets_settings()['locale'];
			$region = isset( $values['region'] ) ? $values['region'] : clinic_widgets_settings()['region'];
			$widget = array(
				'json' => $lines,
				'html' => esc_html( '' !== $own ? $own : clinic_widgets_crisis_fallback( $lines, $locale, $region ) ),
			);
			break;
		case 'faq-list':
			$widget = array( 'json' => clinic_widgets_faq_content( isset( $attributes['items'] ) ? $attributes['items'] : array() ) );
			break;
		case 'evidence-card':
			$evidence = isset( $attributes['evidence'] ) && is_array( $attributes['evidence'] ) ? $attributes['evidence'] : array();
			$widget   = array( 'json' => empty( $evidence ) ? null : clinic_widgets_plain_content( $evidence ) );
			break;
		case 'cost-estimate':
			$prices = isset( $attributes['prices'] ) && is_array( $attributes['prices'] ) ? $attributes['prices'] : array();
			$widget = array( 'json' => empty( $prices ) ? null : clinic_widgets_plain_content( $prices ) );
			break;
		case 'medical-disclaimer':
			$widget = array( 'html' => trim( $content ) );
			break;
		case 'source-list':
			$list = clinic_widgets_sources_content(
				isset( $attributes['sources'] ) ? $attributes['sources'] : array(),
				isset( $attributes['sourcesTitle'] ) ? $attributes['sourcesTitle'] : ''
			);
			if ( null !== $list ) {
				// The clinic's own sources replace the built-in pack.
				unset( $values['pack'] );
				$widget = array( 'json' => $list );
			}
			break;
		case 'key-takeaways':
			$points = clinic_widgets_takeaways_content(
				isset( $attributes['points'] ) ? $attributes['points'] : array(),
				isset( $attributes['pointsTitle'] ) ? $attributes['pointsTitle'] : ''
			);
			if ( null !== $points ) {
				// The clinic's own points replace the built-in pack.
				unset( $values['pack'] );
				$widget = array( 'json' => $points );
			}
			break;
	}
	$html = clinic_widgets_widget_markup( $tag, $values, $widget, $wrapper );
	if ( $inside ) {
		clinic_widgets_in_context( false );
	}
	return $html;
}
