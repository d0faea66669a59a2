// draft-js ships Flow types only and @types/draft-js isn't installed; the test page uses it untyped.
declare module 'draft-js';
