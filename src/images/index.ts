export * from './context-hash.js';
export * from './context-hash-hcl.js';
export * from './dockerignore.js';
export * from './errors.js';
export * from './scripts.js';
