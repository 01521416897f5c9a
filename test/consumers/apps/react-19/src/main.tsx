import 'clinic-widgets/clinic-context.js';
import 'clinic-widgets/crisis-banner.js';
import 'clinic-widgets/faq-list.js';
import type {} from 'clinic-widgets/types/react';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [toggles, setToggles] = useState(0);
  return (
    <clinic-context locale="en" region="CA" clinicName="React Clinic" intakeUrl="/intake">
      <crisis-banner variant="compact" />
      <faq-list
        pack="ketamine-addiction"
        headingLevel={3}
        onfaq-toggle={(event) => {
          if (typeof event.detail.open === 'boolean') setToggles((n) => n + 1);
        }}
      />
      <p>
        Questions opened or closed: <output id="faq-toggles">{toggles}</output>
      </p>
    </clinic-context>
  );
}

createRoot(document.querySelector('#root')!).render(<App />);
