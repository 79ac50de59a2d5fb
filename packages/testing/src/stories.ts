import { render, type TemplateResult } from 'lit';
import { expectNoAxeViolations } from './axe.js';
import { recordConsole } from './console.js';
import { settle } from './fixture.js';

type Args = Record<string, unknown>;
/** Storybook globals the runner applies as the preview's decorator does: `locale` becomes the container's lang. */
interface Globals {
  locale?: string;
  [name: string]: unknown;
}
type RenderFn = (args: Args, context: { args: Args }) => TemplateResult | HTMLElement;

/** The parts of a CSF 3 story module the runner uses. */
export interface StoryModule {
  default: { title?: string; args?: Args; render?: RenderFn; globals?: Globals };
  [name: string]: unknown;
}

export interface RunnableStory {
  /** The export's name (`FailedImage`): stable for tests, while `name` is what the sidebar shows. */
  key: string;
  name: string;
  args: Args;
  /** The story's language: its `globals.locale`, else the meta's, else German (the toolbar's default). */
  locale: string;
  /** Renders the story into `container` and waits for its elements to settle. */
  mount(container: HTMLElement): Promise<void>;
  /** The story's play function, run after mounting. */
  play?: (context: { canvasElement: HTMLElement; args: Args }) => Promise<void> | void;
}

interface StoryObject {
  name?: string;
  args?: Args;
  render?: RenderFn;
  globals?: Globals;
  play?: (context: { canvasElement: HTMLElement; args: Args }) => Promise<void> | void;
}

/** Turns a CSF 3 module into runnable stories, as Storybook composes them (meta args, then story args). */
export function storiesOf(module: StoryModule): RunnableStory[] {
  const meta = module.default;
  return Object.entries(module)
    .filter(([key, value]) => key !== 'default' && typeof value === 'object' && value !== null)
    .map(([key, value]) => {
      const story = value as StoryObject;
      const args = { ...meta.args, ...story.args };
      const renderFn = story.render ?? meta.render;
      const locale = story.globals?.locale ?? meta.globals?.locale ?? 'de';
      if (!renderFn) throw new Error(`story ${key} has no render function`);
      return {
        key,
        name: story.name ?? key,
        args,
        locale,
        play: story.play,
        async mount(container: HTMLElement) {
          container.lang = locale;
          const result = renderFn(args, { args });
          if (result instanceof HTMLElement) container.replaceChildren(result);
          else render(result, container);
          await settle(container);
        },
      };
    });
}

/**
 * Renders one story, runs its play function, checks axe-core and the console. Returns the container so a
 * test can assert more.
 */
export async function checkStory(story: RunnableStory): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  const consoleRecord = recordConsole();
  try {
    await story.mount(container);
    if (story.play) await story.play({ canvasElement: container, args: story.args });
    await settle(container);
    await expectNoAxeViolations(container);
    if (consoleRecord.errors.length > 0) {
      throw new Error(`story "${story.name}" logged errors:\n${consoleRecord.errors.join('\n')}`);
    }
    return container;
  } finally {
    consoleRecord.stop();
  }
}
