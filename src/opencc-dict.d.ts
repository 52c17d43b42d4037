// OpenCC dictionaries in opencc-js are modules whose default export is the dictionary text.
declare module 'opencc-js/dict/*' {
  const dictionary: string;
  export default dictionary;
}
