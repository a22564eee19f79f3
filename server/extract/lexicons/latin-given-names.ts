/**
 * Given names as the languages in Latin script (English, Spanish, French, Indonesian) write them, their own and those
 * of the people their news names most (Russian, Ukrainian, Arabic, Asian and African names in their usual Latin
 * spellings): a given name before a capitalized word opens a person's name with no title before it ("sanctions on
 * Katerina Tikhonova", "dijo María Núñez, una votante"). Folded (lowercase, no accents).
 *
 * Names that are also places, states, demonyms, organizations or common capitalized words are left out: Chad,
 * Jordan, Georgia, Israel, Victoria, Virginia, Austin, Santiago, Salvador, Domingo, Dolores, Mercedes, Sri, German,
 * Christian, Marine, Florence, Bill, Frank, Will, Grant, Rose, Hope, Marco (a framework), Julio (a month), Jesus, Lee, Kim, Li.
 */

/** Masculine and feminine given names of English and of the names English-language news writes in Latin script. */
const ENGLISH = `
aaron adam adrian alan albert alex alexander alfred allen andrew andy anthony antony arthur barack ben benjamin
bernard bernie boris brad brandon brian bruce carl charles chris christopher chuck colin craig dan daniel darren
david dennis derek don donald doug douglas duncan ed eddie edward eric ernest evan fred frederick gary gavin geoffrey
george gerald gordon graham greg gregory harold harry henry howard hugh ian jack jake james jamie jason jeff jeffrey
jeremy jerry jim jimmy joe joel john jonathan joseph josh joshua justin keith ken kenneth kevin kurt larry lawrence
leon leonard liam lindsey lloyd luke malcolm mark matt matthew max michael mike mitch mitt neil nicholas nick nigel
noah oliver patrick paul peter philip phillip ralph randy ray raymond richard rick rob robert rodney roger ron
ronald russell ryan sam samuel scott sean simon stanley stephen steve steven stuart ted terry thomas tim timothy todd
tom tommy tony travis trevor vincent walter warren wayne wesley william zachary rex tobias
abigail alice alison amanda amy andrea angela ann anna anne annie barbara betty beverly brenda carol caroline
catherine cathy cheryl christine claire condoleezza cynthia dana deborah debbie denise diana diane donna dorothy
elizabeth ellen emily emma erin evelyn frances gail gillian gina gloria heather helen hillary jacqueline jane janet
janice jennifer jessica jill joan joanna judith judy julia julie kamala karen kate katherine kathleen kathryn kathy
kelly kimberly kristen laura lauren linda lisa liz lori louise lucy lynn margaret marilyn martha mary megan melissa
michelle nancy natalie nicola nicole nikki pamela patricia paula penny priti rachel rebecca rosemary ruth sally
samantha sandra sarah sharon shirley stephanie susan suzanne tammy teresa theresa tina tracy ursula wendy yvonne
`;

/** Given names of Spanish and Portuguese. */
const SPANISH = `
adolfo agustin alberto alejandro alfonso alicia alvaro ana andres angel antonio arturo beatriz benito carlos carmen
cesar claudia cristina daniela diego dilma eduardo elena emilio enrique ernesto esteban eva evo fabian federico
felipe fernando francisco gabriel gabriela gerardo gonzalo guillermo gustavo hector hugo ignacio ines isabel jaime
javier joaquin jorge jose josefina juan laura leonardo leopoldo lorenzo lucia luis manuel marcelo marcos
margarita maria mariano mario marta martin mauricio miguel monica nelson nestor nicolas norma oscar pablo patricia
pedro rafael ramon raul ricardo roberto rodrigo ruben sebastian sergio silvia susana tomas veronica vicente victor
ximena xavier joao jair luiz inacio gilberto
`;

/** Given names of French (and of the Italian, German, Nordic and Slavic ones it writes as they are). */
const FRENCH = `
alain alexandre andre antoine arnaud benoit bertrand bruno cecile christophe claude clement damien denis didier
dominique edouard elisabeth emmanuel etienne fabien francois francoise frederic gerard gilles guillaume henri herve
isabelle jacques jean jeanne jerome julien laurent lionel louis luc marc marcel marie martine mathieu matthias
mathias michel michele nathalie olivier pascal patrice philippe pierre remi rene roland segolene sebastien sophie
stephane sylvie thierry valerie yves yannick yann annalena friedrich gerhard helmut heiko horst jens jurgen klaus olaf
sigmar wolfgang hans karl lars anders sven erik magnus stefan stefano matteo paolo silvio giuseppe giorgia luigi
enrico alessandro francesco jan pavel andrzej mateusz lech vaclav milos janez josep mette sanna jacinda sauli
`;

/** Russian, Ukrainian and Belarusian given names in their Latin spellings. */
const EAST_SLAVIC = `
sergei sergey vladimir dmitry dmitri mikhail alexei aleksei alexey aleksey andrei andrey nikolai nikolay viktor yuri
yury igor oleg ivan pyotr petr yevgeny evgeny vyacheslav aleksandr maxim konstantin grigory gennady ramzan valentina
ekaterina yekaterina katerina tatiana tatyana olga elena yelena irina natalia natalya svetlana lyudmila yulia
volodymyr petro dmytro oleksandr oleksiy vitali vitaliy kateryna denys alexander
`;

/** Arabic, Turkish, Persian, African and Asian given names in their usual Latin spellings, Indonesian and Malay ones too. */
const WIDER = `
abdullah abdel abdul ahmed ahmad amir bashar fatima hassan hamad hussein ibrahim ismail jawad khalid mahmoud mohamed
mohammed mohammad muhammad mustafa omar recep saad salman tamim yusuf youssef walid mevlut hakan hossein javad
cyril kofi uhuru yoweri abiy emmerson macky alassane felix nana paul narendra rajiv shinzo fumio taro yoshihide
yasutoshi shigeru yoshimasa naftali yair yitzhak shimon moshe ehud benny gideon
joko susilo retno prabowo budi agus bambang airlangga teten luhut mahfud yasonna pramono anies ganjar gibran megawati
siti dewi hadi anwar mahathir najib rodrigo ferdinand hun xanana jose
`;

function list(words: string): string[] {
  return words.split(/\s+/u).filter(Boolean);
}

/** Every given name (folded), once. */
export const LATIN_GIVEN_NAMES: string[] = [
  ...new Set([...list(ENGLISH), ...list(SPANISH), ...list(FRENCH), ...list(EAST_SLAVIC), ...list(WIDER)]),
];
