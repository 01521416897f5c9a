<?php
/**
 * Prepended to every PHP request and script of the test site (php -d auto_prepend_file):
 * Debian's wp-config.php reads /etc/wordpress/config-$WORDPRESS_CONFIG.php, and the built-in
 * server does not pass the environment into $_SERVER.
 *
 * @package ClinicWidgets
 */

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'CW_WP_CONFIG' );
if ( 'cli' === PHP_SAPI ) {
	$_SERVER['HTTP_HOST']   = getenv( 'CW_WP_HOST' );
	$_SERVER['SERVER_NAME'] = '127.0.0.1';
}
