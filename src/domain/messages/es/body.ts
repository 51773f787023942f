import type { Catalogue, Messages } from '../catalogue';
import { formatNumber } from '../format';

/** El cuerpo al que se ajusta el modelo (español). */
export const body: Catalogue<Messages['body']> = {
  label: 'Cuerpo del modelo',
  reference: 'Cuerpo de referencia (hombre, 1,75 m, 70 kg)',
  female: 'Este paciente: mujer',
  male: 'Este paciente: hombre',
  sharedFields:
    'Usa la estatura y la masa corporal indicadas arriba (la mecánica también las usa): el modelo se escala con la estatura, la grasa depende del sexo y del IMC, y el volumen muscular de estatura × masa.',
  fitted: (fatMm, muscle, scale) =>
    `Ajustado: grasa ${fatMm} mm respecto a la referencia en cada zona, volumen muscular glúteo ${muscle}, tamaño ${scale}.`,
  sources:
    'Grasa: Gibney 2010 (glúteo 15,4 mm, muslo 10,4 mm; mujeres +5,1 mm; +0,4 mm por kg/m²). Músculo: regresión de Handsfield 2014.',
  outOfRange: (bmi, min, max) =>
    `El índice de masa corporal ${bmi} está fuera de ${formatNumber(min)}–${formatNumber(max)} kg/m², el rango que cubren los datos de grasa: el modelo muestra el cuerpo de referencia. Cambie la estatura o la masa para ajustarlo.`,
  announce: (label) => `Cuerpo del modelo: ${label}`,
  badLink: (value, problems) =>
    `Se ha ignorado "body=${value}" (${problems.join('; ')}); escriba body=f o m, la estatura en metros y la masa en kg, por ejemplo body=f,1.65,90`,
  problems: {
    shape: 'necesita tres partes separadas por comas',
    sex: 'la primera parte debe ser f o m',
    heightM: (min, max) =>
      `la estatura debe ser un número entre ${formatNumber(min, 2)} y ${formatNumber(max, 2)} m`,
    massKg: (min, max) =>
      `la masa debe ser un número entre ${formatNumber(min)} y ${formatNumber(max)} kg`,
    bmi: (bmi, min, max) =>
      `el índice de masa corporal ${bmi} está fuera de ${formatNumber(min)}–${formatNumber(max)} kg/m², el rango que cubren los datos de grasa`,
  },
};
