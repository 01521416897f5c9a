<?php
/**
 * Plugin Name:       Clinic widgets
 * Description:       Crisis banner, medical disclaimer, evidence card, eligibility pre-screen, FAQ list and cost estimate for clinics offering supervised ketamine-assisted therapy, as blocks and shortcodes that every role can use.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       clinic-widgets
 * Domain Path:       /languages
 *
 * @package ClinicWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'CLINIC_WIDGETS_FILE', __FILE__ );
define( 'CLINIC_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

/**
 * What the build generated from custom-elements.json: tags, attributes, asset names and versions.
 *
 * @return array
 */
function clinic_widgets_manifest() {
	static $manifest = null;
	if ( null === $manifest ) {
		$manifest = require CLINIC_WIDGETS_DIR . 'includes/elements.php';
	}
	return $manifest;
}

require_once CLINIC_WIDGETS_DIR . 'includes/markup.php';
require_once CLINIC_WIDGETS_DIR . 'includes/settings.php';
require_once CLINIC_WIDGETS_DIR . 'includes/assets.php';
require_once CLINIC_WIDGETS_DIR . 'includes/kses.php';
require_once CLINIC_WIDGETS_DIR . 'includes/blocks.php';
require_once CLINIC_WIDGETS_DIR . 'includes/shortcodes.php';

/**
 * Loads the admin strings' translations (languages/clinic-widgets-fr_FR.mo, ...).
 */
function clinic_widgets_load_textdomain() {
	load_plugin_textdomain( 'clinic-widgets', false, dirname( plugin_basename( CLINIC_WIDGETS_FILE ) ) . '/languages' );
}
add_action( 'init', 'clinic_widgets_load_textdomain', 0 );
