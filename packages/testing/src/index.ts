export { expectNoAxeViolations, formatViolations, runAxe } from './axe.js';
export { recordConsole, type ConsoleRecord } from './console.js';
export { cleanupFixtures, deepNodes, fixture, fixtureWith, settle, shadow } from './fixture.js';
export { codeBlocks } from './readme.js';
export { accessibleTexts, spokenText, visibleText } from './text.js';
export { checkStory, storiesOf, type RunnableStory, type StoryModule } from './stories.js';
export { mediaUrl, teaserWithStoryMedia, withStoryMedia } from './media.js';
export { colourIn, contrastRatio, resolveColor } from './contrast.js';
