import 'clinic-widgets/crisis-banner.js';
