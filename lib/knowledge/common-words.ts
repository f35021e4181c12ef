/**
 * The most frequent words of English news text. An alias that folds to one of them would mark
 * nearly every page, so the validator takes it only when the pack marks it ambiguous (it then
 * counts only where the page is about the story).
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  (
    'a about after again against all also an and any are as at back be because been before being between both but by can ' +
    'could day did do does down each even first for from get go good great had has have he her here him his how i if in ' +
    'into is it its just know last like made make man many may me more most much must my new no not now of off old on one ' +
    'only or other our out over own people said same say says see she should since so some still such take than that the ' +
    'their them then there these they this those through time to two under up us use very was way we well were what when ' +
    'where which while who will with work would year years you your'
  ).split(' '),
);
