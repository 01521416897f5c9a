/**
 * How strong the evidence for a substance is, strongest first (the order the overview uses).
 * Apart from the schema so an element can use it without loading zod.
 */
export const STRENGTHS = ['strongest', 'moderate', 'limited', 'minimal'] as const;
export type Strength = (typeof STRENGTHS)[number];
