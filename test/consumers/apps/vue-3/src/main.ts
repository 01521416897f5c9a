import 'clinic-widgets/medical-disclaimer.js';
import 'clinic-widgets/evidence-card.js';
import 'clinic-widgets/faq-list.js';
import type {} from 'clinic-widgets/types/vue';
import { createApp } from 'vue';
import App from './App.vue';

createApp(App).mount('#root');
