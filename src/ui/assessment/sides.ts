/** The order the assessment form lists the sides in (the clinician usually starts on the right). */
export const ASSESSMENT_SIDES = ['right', 'left'] as const;
