<?php
/**
 * Drives the test site through WordPress's own functions (Debian 12 has no wp-cli): one JSON
 * command on standard input, one JSON answer on standard output.
 *
 * @package ClinicWidgets
 */

// phpcs:disable WordPress.WP.GlobalVariablesOverride

$cw_command = json_decode( stream_get_contents( STDIN ), true );
if ( ! is_array( $cw_command ) ) {
	fwrite( STDERR, "wp.php: expected a JSON command on standard input\n" );
	exit( 2 );
}

if ( 'install' === $cw_command['action'] ) {
	define( 'WP_INSTALLING', true );
}
if ( 'enqueue_as_6_5' === $cw_command['action'] ) {
	/**
	 * WordPress 6.5's script-module API, recorded (Debian's 6.1 has none).
	 *
	 * @param string $id      Module id.
	 * @param string $src     Its URL.
	 * @param array  $deps    Dependencies.
	 * @param string $version Version.
	 */
	function wp_enqueue_script_module( $id, $src = '', $deps = array(), $version = false ) {
		$GLOBALS['cw_modules'][] = compact( 'id', 'src', 'deps', 'version' );
	}
}
require_once '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/admin.php';

/**
 * Prints the answer and stops.
 *
 * @param mixed $answer The answer.
 */
function cw_answer( $answer ) {
	echo wp_json_encode( $answer );
	exit( 0 );
}

/**
 * Makes a user current, as WordPress does for a logged-in request (kses follows the role).
 *
 * @param string $login User login.
 */
function cw_become( $login ) {
	$user = get_user_by( 'login', $login );
	if ( ! $user ) {
		fwrite( STDERR, "wp.php: no user $login\n" );
		exit( 2 );
	}
	wp_set_current_user( $user->ID );
}

switch ( $cw_command['action'] ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		$result = wp_install( $cw_command['title'], 'admin', 'admin@example.test', false, '', $cw_command['password'], 'en_US' );
		update_option( 'permalink_structure', '' );
		update_option( 'blog_public', '0' );
		$users = array( 'admin' => $result['user_id'] );
		foreach ( $cw_command['users'] as $login => $role ) {
			$users[ $login ] = wp_insert_user(
				array(
					'user_login' => $login,
					'user_pass'  => $cw_command['password'],
					'user_email' => $login . '@example.test',
					'role'       => $role,
				)
			);
		}
		$passwords = array();
		foreach ( $users as $login => $id ) {
			// The block editor's first-run guide would cover the page.
			update_user_meta( $id, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ) ) );
			list( $password ) = WP_Application_Passwords::create_new_application_password( $id, array( 'name' => 'clinic-widgets test' ) );
			$passwords[ $login ] = $password;
		}
		cw_answer(
			array(
				'users'                 => $users,
				'application_passwords' => $passwords,
				'app_passwords_ok'      => wp_is_application_passwords_available(),
			)
		);
		break;

	case 'install_plugin':
		cw_become( 'admin' );
		require_once ABSPATH . 'wp-admin/includes/class-wp-upgrader.php';
		$skin     = new WP_Ajax_Upgrader_Skin();
		$upgrader = new Plugin_Upgrader( $skin );
		$result   = $upgrader->install( $cw_command['zip'] );
		$errors   = $skin->get_error_messages();
		if ( true !== $result ) {
			cw_answer( array( 'error' => is_wp_error( $result ) ? $result->get_error_message() : $errors ) );
		}
		$activated = activate_plugin( 'clinic-widgets/clinic-widgets.php' );
		cw_answer(
			array(
				'installed' => $upgrader->plugin_info(),
				'active'    => is_plugin_active( 'clinic-widgets/clinic-widgets.php' ),
				'error'     => is_wp_error( $activated ) ? $activated->get_error_message() : null,
			)
		);
		break;

	case 'insert_post':
		cw_become( $cw_command['user'] );
		// wp_insert_post expects slashed data, as from a form.
		$id = wp_insert_post( wp_slash( $cw_command['post'] ), true );
		if ( is_wp_error( $id ) ) {
			cw_answer( array( 'error' => $id->get_error_message() ) );
		}
		cw_answer(
			array(
				'id'      => $id,
				'content' => get_post_field( 'post_content', $id, 'raw' ),
				'url'     => get_permalink( $id ),
			)
		);
		break;

	case 'update_post':
		cw_become( $cw_command['user'] );
		$id = wp_update_post( wp_slash( $cw_command['post'] ), true );
		if ( is_wp_error( $id ) ) {
			cw_answer( array( 'error' => $id->get_error_message() ) );
		}
		cw_answer( array( 'id' => $id ) );
		break;

	case 'get_post':
		cw_answer(
			array(
				'content' => get_post_field( 'post_content', $cw_command['id'], 'raw' ),
				'status'  => get_post_status( $cw_command['id'] ),
				'url'     => get_permalink( $cw_command['id'] ),
			)
		);
		break;

	case 'user_locale':
		$user = get_user_by( 'login', $cw_command['user'] );
		update_user_meta( $user->ID, 'locale', $cw_command['locale'] );
		cw_answer( array( 'ok' => true ) );
		break;

	case 'get_option':
		cw_answer( array( 'value' => get_option( $cw_command['name'] ) ) );
		break;

	case 'enqueue_as_6_5':
		clinic_widgets_enqueue_assets();
		cw_answer(
			array(
				'modules' => isset( $GLOBALS['cw_modules'] ) ? $GLOBALS['cw_modules'] : array(),
				'script'  => wp_script_is( 'clinic-widgets', 'enqueued' ),
				'style'   => wp_style_is( 'clinic-widgets', 'enqueued' ),
			)
		);
		break;

	case 'kses':
		cw_become( $cw_command['user'] );
		cw_answer(
			array(
				'filtered'     => wp_kses_post( $cw_command['html'] ),
				'uri'          => wp_kses_uri_attributes(),
				'unfiltered'   => current_user_can( 'unfiltered_html' ),
			)
		);
		break;
}

fwrite( STDERR, 'wp.php: unknown action ' . $cw_command['action'] . "\n" );
exit( 2 );
