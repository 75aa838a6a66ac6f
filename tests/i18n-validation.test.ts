import { sectionById, ValidationError, validateValues } from '../src/plan';
import { translateFor } from '../src/i18n/catalogues';
import { fieldErrorText, fieldErrorTexts } from '../src/i18n/validation-text';

const actions = sectionById('actions');

function refusal(values: Record<string, unknown>, mode: 'create' | 'update' = 'update'): ValidationError {
  try {
    validateValues(actions, values, mode);
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('The values were accepted.');
}

describe('validation messages in the reader’s language', () => {
  const welsh = translateFor('cy-GB');
  const english = translateFor('en-GB');

  it('says in Welsh, with the field’s Welsh label, why each field was refused', () => {
    const error = refusal({ ActionTitle: ' ', DueDate: '2031-02-30', Status: 'Maybe', Owner: '<b>Sam</b>' });
    expect(fieldErrorTexts(welsh, error)).toEqual({
      ActionTitle: 'Mae angen llenwi’r maes “Cam gweithredu”.',
      DueDate: 'Rhaid i Erbyn fod yn ddyddiad go iawn (BBBB-MM-DD).',
      Status: 'Rhaid i Statws fod yn un o’r canlynol: Agored, Ar y gweill, Wedi’i wneud, Wedi’i ollwng.',
      Owner: 'Rhaid i Perchennog fod yn rôl neu’n enw, gydag e-bost rhwng bachau onglog ar ei ôl os mynnwch.',
    });
  });

  it('says in English what the plan’s own English message says, for every kind of problem', () => {
    const error = refusal({ ActionTitle: 'x'.repeat(300), DueDate: 'soon', Status: 'Maybe', Owner: '<b>Sam</b>', Colour: 'red' });
    expect(error.errors.length).toBe(5);
    for (const e of error.errors) expect(fieldErrorText(english, e)).toBe(e.message);
  });

  it('keeps the English message of an error that came without a problem id', () => {
    expect(fieldErrorText(welsh, { field: 'ActionTitle', message: 'Action is required.' })).toBe('Action is required.');
  });
});
