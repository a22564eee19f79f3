import { describe, expect, it } from 'vitest';
import { eventsAfterOpening as after, extractedEvents as events } from './shared-gazetteer';

// Round 18 (issue 14): acts other than statements, each rule in the languages where the construction exists.
describe('extractArticle: acts of round 18', () => {
  it('extractArticle(troops sent, a day or a number between the verb and its object) is a military action', () => {
    expect(after('fr', 'Mardi, la France a déployé 500 soldats en Roumanie.')).toEqual([
      'military_action@2024-04-09[France/Romania]',
    ]);
    expect(after('fr', 'Les États-Unis ont envoyé mardi deux frégates en Méditerranée.')).toEqual([
      'military_action@2024-04-09[United States]',
    ]);
    expect(after('id', 'Amerika Serikat mengerahkan 500 tentara ke Filipina pada Selasa.')).toEqual([
      'military_action@2024-04-09[United States/Philippines]',
    ]);
    expect(after('ru', 'Во вторник США перебросили 500 военнослужащих в Румынию.')).toEqual([
      'military_action@2024-04-09[United States/Romania]',
    ]);
    // a message sent to soldiers is no deployment
    expect(after('fr', 'Le président a envoyé mardi un message aux soldats français.')).not.toContain(
      'military_action@2024-04-09[France]',
    );
  });

  it('extractArticle(voters voting to elect someone) is an election, not a vote on a text', () => {
    expect(after('en', 'Voters in Chile voted on Sunday to elect a new president.')).toEqual([
      'election@2024-04-07[Chile]',
    ]);
    expect(after('fr', 'Les Chiliens ont voté dimanche pour élire leur président.')).toEqual([
      'election@2024-04-07[Chile]',
    ]);
    expect(after('es', 'Los chilenos votaron el domingo para elegir a su presidente.')).toEqual([
      'election@2024-04-07[Chile]',
    ]);
    expect(after('id', 'Warga Filipina memberikan suara pada Minggu untuk memilih presiden baru.')).toEqual([
      'election@2024-04-07[Philippines]',
    ]);
    expect(after('ru', 'В воскресенье жители Чили проголосовали, чтобы избрать нового президента.')).toEqual([
      'election@2024-04-07[Chile]',
    ]);
    expect(after('en', 'The Senate voted on Tuesday to approve the budget.')).not.toContain('election@2024-04-09[]');
  });

  it('extractArticle(workers on strike) is a protest, not a military strike', () => {
    expect(after('en', 'Thousands of workers went on strike in Paris on Tuesday.')).toEqual(['protest@2024-04-09[]']);
    expect(after('fr', 'Mardi, des milliers de travailleurs se sont mis en grève à Paris.')).toEqual([
      'protest@2024-04-09[]',
    ]);
    expect(after('es', 'Miles de trabajadores se declararon en huelga en Madrid el martes.')).toEqual([
      'protest@2024-04-09[]',
    ]);
    expect(after('id', 'Ribuan buruh melakukan aksi mogok di Jakarta pada Selasa.')).toEqual(['protest@2024-04-09[]']);
    expect(after('ru', 'Во вторник тысячи рабочих объявили забастовку в Париже.')).toEqual(['protest@2024-04-09[]']);
  });

  it('extractArticle(a minister who travelled somewhere, a day between) is a visit', () => {
    expect(after('fr', "Le ministre s'est déplacé au Mali mardi.")).toEqual(['meeting@2024-04-09[Mali]']);
    expect(after('es', 'El ministro se desplazó el martes a Malí.')).toEqual(['meeting@2024-04-09[Mali]']);
    expect(after('fr', "Le front s'est déplacé vers le sud mardi.")).toEqual([]);
  });

  it('extractArticle(a legislature that approves a treaty, a day between) is the treaty approved', () => {
    expect(after('es', 'El Senado aprobó el martes el convenio de seguridad social con Chile.')).toEqual([
      'other@2024-04-09[Chile]',
    ]);
    expect(after('id', 'DPR menyetujui perjanjian ekstradisi dengan Singapura pada Selasa.')).toEqual([
      "other@2024-04-09[People's Representative Council/Singapore]",
    ]);
  });

  it('extractArticle(a city bombarded) is a military action in Indonesian', () => {
    expect(after('id', 'Militer Israel membombardir kota Rafah pada Selasa.')).toEqual([
      'military_action@2024-04-09[Israel]',
    ]);
  });

  it('extractArticle(a treaty described by its signing, then another act) is that act, not a signing of its day', () => {
    expect(after('en', 'The agreement signed between Chile and Peru entered into force on Tuesday.')).toEqual([
      'entry_into_force@2024-04-09[Chile/Peru]',
    ]);
    expect(after('fr', 'La convention signée entre le Chili et le Pérou est entrée en vigueur mardi.')).toEqual([
      'entry_into_force@2024-04-09[Chile/Peru]',
    ]);
    expect(after('es', 'El convenio firmado entre Chile y Perú entró en vigor el martes.')).toEqual([
      'entry_into_force@2024-04-09[Chile/Peru]',
    ]);
    expect(after('id', 'Perjanjian yang ditandatangani antara Chile dan Peru mulai berlaku pada Selasa.')).toEqual([
      'entry_into_force@2024-04-09[Chile/Peru]',
    ]);
    // the signing dated on its own is still told
    expect(
      after('es', 'El convenio firmado entre Chile y Perú el 3 de marzo de 2023 entró en vigor el martes.'),
    ).toContain('treaty_signing@2023-03-03[Chile/Peru]');
  });

  it('extractArticle(the next guest of a series, told by the meeting noun) is a meeting of its own', () => {
    const text =
      'Menteri Pertahanan Prabowo Subianto menerima Menteri Pertahanan Malaysia Mohamad Hasan di Jakarta pada Selasa (9/4). ' +
      'Kemudian pertemuan Menhan dilanjutkan dengan Jenderal Thierry Burkhard dari Prancis. ' +
      'Pertemuan Menhan selanjutnya dengan Laksamana John Aquilino dari Amerika Serikat.';
    expect(events(text, '2024-04-10')).toEqual([
      'meeting@2024-04-09[Prabowo Subianto/Malaysia/Mohamad Hasan]',
      'meeting@2024-04-09[Thierry Burkhard/France]',
      'meeting@2024-04-09[John Aquilino/United States]',
    ]);
  });

  it('extractArticle(relations, embassies and resignations with a day between the verb and its object) are acts', () => {
    expect(after('fr', 'Les deux pays ont établi mardi des relations diplomatiques.')).toEqual(['other@2024-04-09[]']);
    expect(after('fr', 'Les deux pays ont rompu mardi leurs relations diplomatiques.')).toEqual(['other@2024-04-09[]']);
    expect(after('fr', 'La France a rouvert mardi son ambassade à Damas.')).toEqual(['other@2024-04-09[France]']);
    expect(after('es', 'Ambos países establecieron el martes relaciones diplomáticas.')).toEqual([
      'other@2024-04-09[]',
    ]);
    expect(after('es', 'España expulsó el martes a dos diplomáticos rusos.')).toEqual([
      'other@2024-04-09[Spain/Russia]',
    ]);
    expect(after('fr', 'Le Premier ministre a présenté mardi sa démission.')).toEqual(['other@2024-04-09[]']);
    expect(after('es', 'El primer ministro presentó el martes su dimisión.')).toEqual(['other@2024-04-09[]']);
    expect(after('en', 'The prime minister tendered his resignation on Tuesday.')).toEqual(['other@2024-04-09[]']);
    expect(after('id', 'Perdana Menteri mengajukan pengunduran diri pada Selasa.')).toEqual(['other@2024-04-09[]']);
  });

  it('extractArticle(what two sides went over, a day between the verb and its object) is their meeting', () => {
    for (const sentence of [
      'El canciller Albares y su homólogo marroquí repasaron el martes la agenda bilateral.',
      'El canciller Albares y su homólogo marroquí examinaron el martes la cooperación en materia de seguridad.',
      'El canciller Albares y su homólogo marroquí intercambiaron el martes opiniones sobre la situación regional.',
      'El canciller Albares y su homólogo marroquí pasaron revista el martes a las relaciones bilaterales.',
      'El canciller Albares dio el martes la bienvenida a su homólogo marroquí.',
    ])
      expect(after('es', sentence)).toEqual(['meeting@2024-04-09[José Manuel Albares/Morocco]']);
    // trying to do something is no talk
    expect(after('es', 'Los rebeldes trataron el martes de tomar la ciudad.')).not.toContain('meeting@2024-04-09[]');
  });
});
