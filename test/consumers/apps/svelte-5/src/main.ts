import 'clinic-widgets/eligibility-check.js';
import 'clinic-widgets/faq-list.js';
import type {} from 'clinic-widgets/types/svelte';
import { mount } from 'svelte';
import App from './App.svelte';

mount(App, { target: document.querySelector('#root')! });
