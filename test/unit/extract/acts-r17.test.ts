import { describe, expect, it } from 'vitest';
import { extractedEvents as events } from './shared-gazetteer';

// Round 17 (issue 14): acts other than statements and meetings, each rule in the languages where the construction exists.
describe('extractArticle: acts of round 17', () => {
  it('extractArticle(a town seized, told by its object) is a military action whoever took it', () => {
    expect(
      events('Rebel fighters seized the town of Kidal on Tuesday after two days of fighting.', '2024-04-10'),
    ).toEqual(['military_action@2024-04-09[]']);
    expect(events('Des groupes armés se sont emparés mardi de la ville de Kidal.', '2024-04-10')).toEqual([
      'military_action@2024-04-09[]',
    ]);
    expect(events('Les rebelles ont pris mardi le contrôle de la ville de Kidal.', '2024-04-10')).toEqual([
      'military_action@2024-04-09[]',
    ]);
    expect(
      events(
        'Los rebeldes tomaron el martes el control de la ciudad de Kidal tras dos días de combates.',
        '2024-04-10',
      ),
    ).toEqual(['military_action@2024-04-09[]']);
    expect(events('Во вторник боевики установили контроль над городом Кидаль.', '2024-04-10')).toEqual([
      'military_action@2024-04-09[]',
    ]);
    expect(
      events('Kelompok pemberontak merebut kota Kidal pada Selasa setelah dua hari pertempuran.', '2024-04-10'),
    ).toEqual(['military_action@2024-04-09[]']);
    expect(events('The rebels seized the opportunity on Tuesday to call for talks with Mali.', '2024-04-10')).toEqual(
      [],
    );
  });

  it('extractArticle(missiles fired, whatever words qualify them) is a military action; a programme launched is not', () => {
    expect(
      events('North Korea fired three short-range ballistic missiles into the sea on Tuesday.', '2024-04-10'),
    ).toEqual(['military_action@2024-04-09[North Korea]']);
    expect(events('Во вторник КНДР запустила три баллистические ракеты малой дальности.', '2024-04-10')).toEqual([
      'military_action@2024-04-09[North Korea]',
    ]);
    expect(events('Во вторник Россия запустила новую программу сотрудничества с Китаем.', '2024-04-10')).not.toContain(
      'military_action@2024-04-09[Russia/China]',
    );
  });

  it('extractArticle(voters going to the polls) is an election, not a visit', () => {
    expect(events('Voters in Chile went to the polls on Sunday to elect a new president.', '2024-04-10')).toEqual([
      'election@2024-04-07[Chile]',
    ]);
    expect(
      events('Les électeurs chiliens se sont rendus aux urnes dimanche pour élire leur président.', '2024-04-10'),
    ).toEqual(['election@2024-04-07[Chile]']);
    expect(events('Los chilenos acudieron a las urnas el domingo para elegir a su presidente.', '2024-04-10')).toEqual([
      'election@2024-04-07[Chile]',
    ]);
    expect(
      events('В воскресенье избиратели Чили пришли на избирательные участки, чтобы избрать президента.', '2024-04-10'),
    ).toEqual(['election@2024-04-07[Chile]']);
    expect(
      events('Le président chilien s’est rendu dimanche à Buenos Aires pour une visite officielle.', '2024-04-10'),
    ).toEqual(['meeting@2024-04-07[Chile]']);
  });

  it('extractArticle(restrictive measures decided on, a state struck with sanctions) is a sanction, no attack', () => {
    expect(
      events(
        'Le Conseil de l’Union européenne a décidé mardi d’imposer des mesures restrictives à l’encontre de neuf personnes au Bélarus.',
        '2024-04-10',
      ),
    ).toEqual(['sanction@2024-04-09[Council of the European Union/Belarus]']);
    expect(events('Le Royaume-Uni a frappé de sanctions mardi trois oligarques russes.', '2024-04-10')).toEqual([
      'sanction@2024-04-09[United Kingdom/Russia]',
    ]);
  });

  it('extractArticle(names put on a blacklist, assets frozen with a travel ban) is a sanction; a court’s freeze is not', () => {
    expect(events('The United States on Tuesday blacklisted five Iranian officials.', '2024-04-10')).toEqual([
      'sanction@2024-04-09[United States/Iran]',
    ]);
    expect(
      events('Les États-Unis ont placé mardi cinq responsables iraniens sur leur liste noire.', '2024-04-10'),
    ).toEqual(['sanction@2024-04-09[United States/Iran]']);
    expect(
      events('Estados Unidos incluyó el martes a cinco funcionarios iraníes en su lista negra.', '2024-04-10'),
    ).toEqual(['sanction@2024-04-09[United States/Iran]']);
    expect(
      events(
        'Amerika Serikat pada Selasa memasukkan lima pejabat Iran ke dalam daftar hitam atas dugaan pelanggaran hak asasi manusia.',
        '2024-04-10',
      ),
    ).toEqual(['sanction@2024-04-09[United States/Iran]']);
    expect(
      events(
        'The European Union on Tuesday froze the assets of nine Russian officials and imposed a travel ban on them.',
        '2024-04-10',
      ),
    ).toEqual(['sanction@2024-04-09[European Union/Russia]']);
    expect(
      events(
        'L’Union européenne a gelé mardi les avoirs de neuf responsables russes et leur a interdit l’entrée sur son territoire.',
        '2024-04-10',
      ),
    ).toEqual(['sanction@2024-04-09[European Union/Russia]']);
    expect(
      events(
        'La Unión Europea congeló el martes los activos de nueve funcionarios rusos y les prohibió la entrada en su territorio.',
        '2024-04-10',
      ),
    ).toEqual(['sanction@2024-04-09[European Union/Russia]']);
    expect(events('A court in Madrid froze the assets of the businessman on Tuesday.', '2024-04-10')).toEqual([]);
  });

  it('extractArticle(a package of sanctions agreed or sanctions applied, undated) is the sanction of the day', () => {
    expect(events('EU leaders agreed a new package of sanctions against Russia.', '2024-04-10')).toEqual([
      'sanction@2024-04-10[European Union/Russia]',
    ]);
    expect(
      events('Les dirigeants européens ont convenu d’un nouveau paquet de sanctions contre la Russie.', '2024-04-10'),
    ).toEqual(['sanction@2024-04-10[Russia]']);
    expect(
      events('Los líderes europeos han acordado un nuevo paquete de sanciones contra Rusia.', '2024-04-10'),
    ).toEqual(['sanction@2024-04-10[Russia]']);
    expect(events('Лидеры Евросоюза согласовали новый пакет санкций против России.', '2024-04-10')).toEqual([
      'sanction@2024-04-10[European Union/Russia]',
    ]);
    expect(events('The United States applied sanctions against nine officials of Nicaragua.', '2024-04-10')).toEqual([
      'sanction@2024-04-10[United States/Nicaragua]',
    ]);
    expect(
      events('Les États-Unis ont appliqué des sanctions contre neuf responsables du Nicaragua.', '2024-04-10'),
    ).toEqual(['sanction@2024-04-10[United States/Nicaragua]']);
    expect(events('EU leaders agreed on the need to talk with Russia.', '2024-04-10')).not.toContain(
      'sanction@2024-04-10[European Union/Russia]',
    );
  });
});
