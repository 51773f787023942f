/** The body the model is fitted to (English). */
export const body = {
  label: 'Model’s body',
  reference: 'Reference body (man, 1.75 m, 70 kg)',
  female: 'This patient: woman',
  male: 'This patient: man',
  /** Why height and mass sit with the mechanics: one pair of numbers for both. */
  sharedFields:
    'Uses the height and body mass above (the mechanics use them too): the model scales with height, fat follows sex and BMI, muscle bulk follows height × mass.',
  fitted: (fatMm: string, muscle: string, scale: string) =>
    `Fitted: fat ${fatMm} mm vs the reference at every site, gluteal muscle volume ${muscle}, size ${scale}.`,
  sources:
    'Fat: Gibney 2010 (buttock 15.4 mm, thigh 10.4 mm; women +5.1 mm; +0.4 mm per kg/m²). Muscle: Handsfield 2014 regression.',
  outOfRange: (bmi: string, min: number, max: number) =>
    `Body mass index ${bmi} is outside ${min}–${max} kg/m², the range the fat figures cover: the model shows the reference body. Change the height or mass to fit it.`,
  announce: (label: string) => `Model’s body: ${label}`,
  /** A `body=` link value that could not be read: what was wrong, and the form that works. */
  badLink: (value: string, problems: readonly string[]) =>
    `"body=${value}" was ignored (${problems.join('; ')}); write body=f or m, height in metres, mass in kg, for example body=f,1.65,90`,
  problems: {
    shape: 'it needs three parts separated by commas',
    sex: 'the first part must be f or m',
    heightM: (min: number, max: number) => `height must be a number from ${min} to ${max} m`,
    massKg: (min: number, max: number) => `mass must be a number from ${min} to ${max} kg`,
    bmi: (bmi: string, min: number, max: number) =>
      `the body mass index ${bmi} is outside ${min}–${max} kg/m², the range the fat figures cover`,
  },
} as const;
