import {
  ClinicContext,
  CrisisBanner,
  EligibilityCheck,
  EvidenceCard,
  FaqList,
  MedicalDisclaimer,
} from 'clinic-widgets/react';
import type { EligibilityAnswers } from 'clinic-widgets/eligibility';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

// An object property: React 18 would set it as the attribute "[object Object]".
const answers: EligibilityAnswers = {
  immediateDanger: false,
  ketamineMisuse: false,
  currentlyUsing: false,
  abstinentDays: 120,
  seekingDetox: false,
  negativeUrineScreen: true,
  inAddictionCare: true,
  recoverySupport: true,
  consentToCoordinate: true,
  substance: 'alcohol',
  comorbidity: 'trd',
  otherDissociativeMisuse: false,
};

function App() {
  const [toggles, setToggles] = useState(0);
  const [outcome, setOutcome] = useState('none');
  return (
    <ClinicContext locale="en" region="CA" clinicName="React 18 Clinic">
      <CrisisBanner variant="inline" />
      <MedicalDisclaimer kind="access" reviewedOn="2026-05-31" />
      <EvidenceCard substance="opioids" />
      <EligibilityCheck
        answers={answers}
        onEligibilityResult={(event) => setOutcome(event.detail.outcome)}
      />
      <FaqList pack="ketamine-addictive" onFaqToggle={() => setToggles((n) => n + 1)} />
      <p>
        Questions opened or closed: <output id="faq-toggles">{toggles}</output>; outcome:{' '}
        <output id="outcome">{outcome}</output>
      </p>
    </ClinicContext>
  );
}

createRoot(document.querySelector('#root')!).render(<App />);
