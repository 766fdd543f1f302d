// Types for the few `natural` modules imported by path: its root entry loads database clients and is slow to start.
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module "natural/lib/natural/distance/levenshtein_distance.js" {
  const distances: { DamerauLevenshteinDistance(a: string, b: string): number };
  export default distances;
}
declare module "natural/lib/natural/util/stopwords*" {
  const stopwords: { words: string[] };
  export default stopwords;
}
declare module "natural/lib/natural/phonetics/metaphone.js" {
  const Metaphone: new () => { process(token: string): string };
  export default Metaphone;
}
declare module "natural/lib/natural/phonetics/double_metaphone.js" {
  const DoubleMetaphone: new () => { process(token: string): [string, string] };
  export default DoubleMetaphone;
}
