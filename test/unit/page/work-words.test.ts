import { describe, expect, it } from 'vitest';
import { employmentInText, workplaceOf } from '../../../lib/page/work-words';

const body = (...texts: string[]) => texts.map((text) => ({ text }));

describe('the employment type a posting states in its body', () => {
  it.each([
    ['This is a full-time position on the payments team.', 'full-time'],
    ['Nossa contratação é CLT - 40h semanais.', 'full-time'],
    ['Atuará em regime de contratação PJ.', 'contract'],
    ['Die Stelle ist in Vollzeit zu besetzen.', 'full-time'],
    ['Teilzeit mit 30 Stunden pro Woche.', 'part-time'],
    ['Vaga de estágio em desenvolvimento.', 'internship'],
    ['全职，远程办公。', 'full-time'],
  ])('%s → %s', (text, want) => {
    expect(employmentInText(body(text))?.value).toBe(want);
  });

  it.each(['Our PJs are comfy.', 'The clt module loads first.', 'We value your experience.'])(
    '%s → nothing',
    (text) => {
      expect(employmentInText(body(text))).toBeNull();
    },
  );

  it('a sentence in English settles it before the words of another language', () => {
    expect(employmentInText(body('Contrato PJ.', 'This is a full-time role.'))?.value).toBe('full-time');
  });
});

describe('the workplace a short value names, in the boards’ languages', () => {
  it.each([
    ['Remoto', 'remote'],
    ['Home Office', 'remote'],
    ['100% Homeoffice', 'remote'],
    ['远程', 'remote'],
    ['Híbrida', 'hybrid'],
    ['Vor Ort', 'onsite'],
    ['Presencial', 'onsite'],
  ])('%s → %s', (text, want) => {
    expect(workplaceOf(text)).toBe(want);
  });
});
