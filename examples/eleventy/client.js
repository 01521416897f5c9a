// Order matters: hydrate support must load before Lit, so it comes first.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// The packs the server rendered, so the first render in the browser matches its HTML.
import 'clinic-widgets/packs.js';
import 'clinic-widgets';
