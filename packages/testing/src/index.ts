export { expectNoAxeViolations, formatViolations, runAxe } from './axe.js';
export { recordConsole, type ConsoleRecord } from './console.js';
export { cleanupFixtures, deepNodes, fixture, fixtureWith, settle } from './fixture.js';
export { accessibleTexts, spokenText, visibleText } from './text.js';
export { checkStory, storiesOf, type RunnableStory, type StoryModule } from './stories.js';
export { mediaUrl, teaserWithStoryMedia, withStoryMedia } from './media.js';
export { colourIn, contrastRatio, resolveColor } from './contrast.js';
