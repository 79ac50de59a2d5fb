export { StadtWeatherStatus } from './weather-status.js';
export { messages, messagesFor, type Locale } from './messages.js';
