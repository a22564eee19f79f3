import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../server/extract/detect-language';

describe('detectLanguage', () => {
  it('detectLanguage(Indonesian news) returns id, not Javanese', () => {
    expect(
      detectLanguage(
        'Presiden Rusia Vladimir Putin dan pemimpin Korea Utara Kim Jong Un menandatangani pakta yang mencakup janji saling melindungi.',
      ).language,
    ).toBe('id');
  });
  it('detectLanguage(English) returns en', () => {
    expect(
      detectLanguage('The Baghdad Pact was a defensive organization founded in 1955 by Turkey and Iraq.').language,
    ).toBe('en');
  });
  it('detectLanguage(Russian) returns ru', () => {
    expect(
      detectLanguage('В 1978 году на саммите в Кэмп-Дэвиде было заключено предварительное соглашение.').language,
    ).toBe('ru');
  });
  it('detectLanguage(Spanish) returns es', () => {
    expect(
      detectLanguage(
        'El Tratado de Tlatelolco es un tratado internacional que establece la desnuclearización de América Latina.',
      ).language,
    ).toBe('es');
  });
  it('detectLanguage(French) returns fr', () => {
    expect(
      detectLanguage("Le traité a été signé en 1961 par l'Union soviétique et la Corée du Nord et il est remplacé.")
        .language,
    ).toBe('fr');
  });
  it('detectLanguage(Portuguese) returns null with a reason', () => {
    const g = detectLanguage(
      'O tratado foi assinado em 1961 pela União Soviética e pela Coreia do Norte e ainda está em vigor, segundo o governo.',
    );
    expect(g.language).toBeNull();
    expect(g.reason).toMatch(/unsupported/);
  });
  it('detectLanguage(German) returns null', () => {
    expect(
      detectLanguage(
        'Der Vertrag wurde im Jahr 1961 von der Sowjetunion und Nordkorea unterzeichnet und ist nicht mehr in Kraft.',
      ).language,
    ).toBeNull();
  });
  it('detectLanguage(Chinese) returns null for an unsupported script', () => {
    expect(
      detectLanguage('俄罗斯总统普京与朝鲜领导人金正恩签署了全面战略伙伴关系条约，条约规定双方互相援助。').language,
    ).toBeNull();
  });
  it('detectLanguage(two words) returns null', () => {
    expect(detectLanguage('hello').language).toBeNull();
  });
});
