/* The rating rules of SPEC 5.1 and 5.2: steps, actions, trends and identity. */
export * from './step';
export * from './action';
export * from './trend';
export * from './reasons';
export { shortQuote, stepSubject } from './phrases';
