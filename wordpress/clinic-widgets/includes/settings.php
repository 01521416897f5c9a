<?php
/**
 * Settings > Clinic widgets: the clinic's values, written as the <clinic-context> around the widgets.
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

const CLINIC_WIDGETS_OPTION = 'clinic_widgets_settings';

/**
 * The regions and locales the widgets know (README, "The clinic context").
 *
 * @return array
 */
function clinic_widgets_choices() {
	return array(
		'locale' => array(
			''   => __( 'The page’s language', 'clinic-widgets' ),
			'en' => __( 'English', 'clinic-widgets' ),
			'fr' => __( 'French', 'clinic-widgets' ),
		),
		'region' => array(
			''   => __( 'Not set', 'clinic-widgets' ),
			'CA' => __( 'Canada', 'clinic-widgets' ),
			'US' => __( 'United States', 'clinic-widgets' ),
			'GB' => __( 'United Kingdom', 'clinic-widgets' ),
			'IE' => __( 'Ireland', 'clinic-widgets' ),
			'AU' => __( 'Australia', 'clinic-widgets' ),
			'EU' => __( 'European Union', 'clinic-widgets' ),
		),
	);
}

/**
 * The saved settings, each key present.
 *
 * @return array
 */
function clinic_widgets_settings() {
	$defaults = array(
		'clinic_name' => '',
		'phone'       => '',
		'intake_url'  => '',
		'locale'      => '',
		'region'      => '',
		'crisis_src'  => '',
	);
	$saved    = get_option( CLINIC_WIDGETS_OPTION, array() );
	return array_merge( $defaults, array_intersect_key( is_array( $saved ) ? $saved : array(), $defaults ) );
}

/**
 * Cleans what the settings form sent: every field checked, anything else dropped.
 *
 * @param mixed $input The submitted values.
 * @return array
 */
function clinic_widgets_sanitize_settings( $input ) {
	$input   = is_array( $input ) ? $input : array();
	$field   = static function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_string( $input[ $key ] ) ? trim( $input[ $key ] ) : '';
	};
	$choices = clinic_widgets_choices();
	$phone   = sanitize_text_field( $field( 'phone' ) );
	$locale  = $field( 'locale' );
	$region  = strtoupper( $field( 'region' ) );
	return array(
		'clinic_name' => sanitize_text_field( $field( 'clinic_name' ) ),
		'phone'       => preg_match( '/^\+?[0-9][0-9 ().-]{0,19}$/', $phone ) ? $phone : '',
		'intake_url'  => clinic_widgets_sanitize_url( $field( 'intake_url' ), array( 'https', 'http', 'tel', 'mailto' ) ),
		'locale'      => isset( $choices['locale'][ $locale ] ) ? $locale : '',
		'region'      => isset( $choices['region'][ $region ] ) ? $region : '',
		'crisis_src'  => clinic_widgets_sanitize_url( $field( 'crisis_src' ), array( 'https', 'http' ) ),
	);
}

/**
 * A web address, a `tel:`/`mailto:` link where allowed, or a path on this site; '' otherwise.
 *
 * @param string   $url       The submitted value.
 * @param string[] $protocols Allowed protocols.
 * @return string
 */
function clinic_widgets_sanitize_url( $url, $protocols ) {
	$url = clinic_widgets_clean_url( $url );
	if ( '' === $url ) {
		return '';
	}
	return (string) esc_url_raw( $url, $protocols );
}

/**
 * Registers the option, its section and fields through the Settings API (which checks the
 * nonce and manage_options on save).
 */
function clinic_widgets_register_settings() {
	register_setting(
		'clinic_widgets',
		CLINIC_WIDGETS_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'clinic_widgets_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section(
		'clinic_widgets_clinic',
		__( 'Your clinic', 'clinic-widgets' ),
		static function () {
			echo '<p>' . esc_html__( 'These values reach every widget on the site, as the clinic context around it. A block or shortcode can still set its own locale and region.', 'clinic-widgets' ) . '</p>';
		},
		'clinic-widgets'
	);
	$fields = array(
		'clinic_name' => array( __( 'Clinic name', 'clinic-widgets' ), 'text', __( 'As readers know it.', 'clinic-widgets' ) ),
		'phone'       => array( __( 'Phone', 'clinic-widgets' ), 'tel', __( 'As it should be shown, e.g. 514 555 0100.', 'clinic-widgets' ) ),
		'intake_url'  => array( __( 'Intake link', 'clinic-widgets' ), 'text', __( 'Where a reader books the intake call: a page of this site (/book), a web address or a tel: link.', 'clinic-widgets' ) ),
		'locale'      => array( __( 'Language', 'clinic-widgets' ), 'select', '' ),
		'region'      => array( __( 'Region', 'clinic-widgets' ), 'select', __( 'Chooses the crisis lines the banner shows.', 'clinic-widgets' ) ),
		'crisis_src'  => array( __( 'Crisis lines file', 'clinic-widgets' ), 'text', __( 'Optional: the address of a JSON file with your own crisis lines, so you can change them without editing pages.', 'clinic-widgets' ) ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'clinic_widgets_' . $key,
			$field[0],
			'clinic_widgets_render_field',
			'clinic-widgets',
			'clinic_widgets_clinic',
			array(
				'label_for' => 'clinic_widgets_' . $key,
				'key'       => $key,
				'kind'      => $field[1],
				'help'      => $field[2],
			)
		);
	}
}
add_action( 'admin_init', 'clinic_widgets_register_settings' );

/**
 * One settings field.
 *
 * @param array $args The field's key, kind and help text.
 */
function clinic_widgets_render_field( $args ) {
	$settings = clinic_widgets_settings();
	$key      = $args['key'];
	$id       = 'clinic_widgets_' . $key;
	$name     = CLINIC_WIDGETS_OPTION . '[' . $key . ']';
	if ( 'select' === $args['kind'] ) {
		$choices = clinic_widgets_choices();
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">';
		foreach ( $choices[ $key ] as $value => $label ) {
			echo '<option value="' . esc_attr( $value ) . '"' . selected( $settings[ $key ], $value, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	} else {
		echo '<input class="regular-text" type="' . esc_attr( $args['kind'] ) . '" id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" value="' . esc_attr( $settings[ $key ] ) . '"' . ( '' !== $args['help'] ? ' aria-describedby="' . esc_attr( $id . '_help' ) . '"' : '' ) . ' />';
	}
	if ( '' !== $args['help'] ) {
		echo '<p class="description" id="' . esc_attr( $id . '_help' ) . '">' . esc_html( $args['help'] ) . '</p>';
	}
}

/**
 * Adds Settings > Clinic widgets, for those who may manage options.
 */
function clinic_widgets_add_settings_page() {
	add_options_page(
		__( 'Clinic widgets', 'clinic-widgets' ),
		__( 'Clinic widgets', 'clinic-widgets' ),
		'manage_options',
		'clinic-widgets',
		'clinic_widgets_render_settings_page'
	);
}
add_action( 'admin_menu', 'clinic_widgets_add_settings_page' );

/**
 * The settings page.
 */
function clinic_widgets_render_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
	echo '<form action="' . esc_url( admin_url( 'options.php' ) ) . '" method="post">';
	settings_fields( 'clinic_widgets' );
	do_settings_sections( 'clinic-widgets' );
	submit_button();
	echo '</form></div>';
}
