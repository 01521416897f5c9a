<?php
/**
 * Router for PHP's built-in server: /wp-content/ is the test site's own content folder
 * (plugins, theme, uploads); everything else is Debian's WordPress in /usr/share/wordpress.
 *
 * @package ClinicWidgets
 */

$cw_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( 0 === strpos( $cw_path, '/wp-content/' ) ) {
	$cw_root = realpath( getenv( 'CW_WP_CONTENT' ) );
	$cw_file = realpath( $cw_root . substr( $cw_path, strlen( '/wp-content' ) ) );
	if ( false === $cw_file || 0 !== strpos( $cw_file, $cw_root . '/' ) || ! is_file( $cw_file ) || '.php' === substr( $cw_file, -4 ) ) {
		http_response_code( 404 );
		return true;
	}
	$cw_types = array(
		'js'   => 'text/javascript',
		'mjs'  => 'text/javascript',
		'css'  => 'text/css',
		'json' => 'application/json',
		'png'  => 'image/png',
		'svg'  => 'image/svg+xml',
		'woff2' => 'font/woff2',
	);
	$cw_ext   = strtolower( pathinfo( $cw_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( isset( $cw_types[ $cw_ext ] ) ? $cw_types[ $cw_ext ] : 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $cw_file ) );
	readfile( $cw_file );
	return true;
}
// Anything else that is not a file of WordPress's (/favicon.ico): WordPress answers, as under Apache.
if ( ! file_exists( '/usr/share/wordpress' . $cw_path ) ) {
	$_SERVER['WORDPRESS_CONFIG'] = getenv( 'CW_WP_CONFIG' ); // auto_prepend_file does not run for the router.
	$_SERVER['SCRIPT_NAME']     = '/index.php';
	$_SERVER['PHP_SELF']        = '/index.php';
	$_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress/index.php';
	require '/usr/share/wordpress/index.php';
	return true;
}
return false;
