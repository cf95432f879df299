<?php
/**
 * Plugin Name: redac SEO fields
 * Description: Lets redac (and any REST client whose user can edit the post) write the Yoast SEO and Rank Math fields of a post through the REST API, and find again the posts redac published (redac_id).
 * Version: 1.0
 * License: MIT
 *
 * A must-use plugin: copy this file into wp-content/mu-plugins/ (create the folder if needed).
 * WordPress loads it by itself; there is nothing to activate. `redac doctor --wordpress URL` sees it.
 */

defined('ABSPATH') || exit;

const REDAC_SEO_FIELDS_VERSION = '1.0';
const REDAC_SEO_META_KEYS = [
    '_yoast_wpseo_title', '_yoast_wpseo_metadesc', '_yoast_wpseo_focuskw',
    'rank_math_title', 'rank_math_description', 'rank_math_focus_keyword',
    'redac_id',
];

/** The post types an editor writes in: shown in REST and edited in the block editor. */
function redac_seo_post_types() {
    $types = [];
    foreach (get_post_types(['show_in_rest' => true], 'names') as $type) {
        if (post_type_supports($type, 'editor') && $type !== 'wp_block' && strpos($type, 'wp_') !== 0) {
            $types[] = $type;
        }
    }
    return $types;
}

function redac_seo_can_edit($allowed, $meta_key, $post_id) {
    return current_user_can('edit_post', $post_id);
}

add_action('init', function () {
    foreach (redac_seo_post_types() as $type) {
        add_post_type_support($type, 'custom-fields');  // REST shows registered meta only with this support
        foreach (REDAC_SEO_META_KEYS as $key) {
            register_post_meta($type, $key, [
                'type' => 'string',
                'single' => true,
                'show_in_rest' => true,
                'auth_callback' => 'redac_seo_can_edit',
            ]);
        }
        // ?redac_id=... finds the post redac published from one article (any status the user may see).
        add_filter("rest_{$type}_collection_params", function ($params) {
            $params['redac_id'] = ['description' => 'Posts published by redac from this article id.', 'type' => 'string'];
            return $params;
        });
        add_filter("rest_{$type}_query", function ($args, $request) {
            if (!empty($request['redac_id'])) {
                $args['meta_query'] = [['key' => 'redac_id', 'value' => (string) $request['redac_id']]];
            }
            return $args;
        }, 10, 2);
        // Yoast keeps its own copy of a post's SEO data (indexables), built on save before REST
        // writes the meta: rebuild it afterwards so Yoast shows what redac wrote.
        add_action("rest_after_insert_{$type}", 'redac_seo_refresh_yoast', 10, 1);
    }
}, 99);

function redac_seo_refresh_yoast($post) {
    if (!function_exists('YoastSEO') || !class_exists('\Yoast\WP\SEO\Builders\Indexable_Builder')) {
        return;
    }
    try {
        $repository = YoastSEO()->classes->get('\Yoast\WP\SEO\Repositories\Indexable_Repository');
        $builder = YoastSEO()->classes->get('\Yoast\WP\SEO\Builders\Indexable_Builder');
        $indexable = $repository->find_by_id_and_type($post->ID, 'post', false);
        $builder->build_for_id_and_type($post->ID, 'post', $indexable);
    } catch (Throwable $error) {
        // Yoast's internals changed: its data refreshes at the next save in the editor.
    }
}

// WordPress (6.1 at least) works out who an application password belongs to only after its check
// for application password errors has run, so a wrong password or user name reads as "not logged
// in", like a request without credentials. Working it out first lets that check report the cause.
add_filter('rest_authentication_errors', function ($result) {
    if (empty($result)) {
        wp_get_current_user();
    }
    return $result;
}, 89);

// How redac knows the plugin is here, and which version: GET /wp-json/redac/v1/fields.
add_action('rest_api_init', function () {
    register_rest_route('redac/v1', '/fields', [
        'methods' => 'GET',
        'permission_callback' => function () { return current_user_can('edit_posts'); },
        'callback' => function () {
            return ['version' => REDAC_SEO_FIELDS_VERSION, 'keys' => REDAC_SEO_META_KEYS, 'post_types' => redac_seo_post_types()];
        },
    ]);
});
