import type { CreateVideoBody, Persona, Tier } from '@scenra/contracts';

/** The three demo people a developer signs in as (DEV_AUTH). Ids are fixed so seeding is idempotent. */
export const demoUsers: Array<{
  id: string;
  persona: Persona;
  tier: Tier;
  displayName: string;
  email: string;
}> = [
  {
    id: '64a000000000000000000001',
    persona: 'free',
    tier: 'free',
    displayName: 'Fran Free',
    email: 'fran@demo.scenra.dev',
  },
  {
    id: '64a000000000000000000002',
    persona: 'byok',
    tier: 'free',
    displayName: 'Blake Byok',
    email: 'blake@demo.scenra.dev',
  },
  {
    id: '64a000000000000000000003',
    persona: 'premium',
    tier: 'premium',
    displayName: 'Priya Premium',
    email: 'priya@demo.scenra.dev',
  },
];

type DemoVideo = CreateVideoBody & { id: string; minutesAgo: number };

const rollerCoaster: Omit<DemoVideo, 'id' | 'minutesAgo'> = {
  title: 'Tom and Lyle on the roller coaster',
  concept:
    'Tom and Lyle riding a roller coaster at sunset, screaming with joy as the camera rides along with them through a loop.',
  platform: 'tiktok',
  optimizedPrompt:
    'Vertical 9:16 handheld POV shot from the front car of a wooden roller coaster at golden hour. Two friends in their twenties — Tom, curly red hair and a denim jacket; Lyle, shaved head and a yellow hoodie — grip the lap bar and scream with delight as the train crests the lift hill, plunges, and whips through a vertical loop. Warm backlit sun flares through the wooden supports, hair and jackets whip in the wind, confetti-like dust sparkles in the light. Camera stays locked to the car with subtle vibration; quick 1-second push-in on their faces at the top of the loop. Photorealistic, 24 fps motion blur, vivid but natural colours. Audio: rattling track, wind rush, joyful screams, a crowd cheering below.',
  specs: {
    aspectRatio: '9:16',
    durationSec: 8,
    resolution: '1080x1920',
    style: 'Photorealistic, handheld action-cam energy',
    camera: 'Front-car POV, locked to the train, quick push-in at the loop apex',
    lighting: 'Golden hour, strong backlight with lens flares',
    audio: 'Track rattle, wind rush, screams of joy, distant crowd',
    mood: 'Euphoric, carefree',
  },
  hashtags: ['#rollercoaster', '#friends', '#goldenhour', '#aivideo', '#thrill'],
  roundtable: {
    synthesisComplete: true,
    messages: [
      {
        agent: 'Director',
        role: 'Creative direction',
        content:
          'The hook is the scream at the top of the loop. Open on the lift hill so the drop lands by second three.',
      },
      {
        agent: 'Cinematographer',
        role: 'Camera and light',
        content:
          'Front-car POV at golden hour: backlight through the wooden supports gives us flares and separation without extra setups.',
      },
      {
        agent: 'Platform strategist',
        role: 'TikTok',
        content:
          'Vertical 9:16, under 10 seconds, faces readable in the first second. Keep text-safe margins top and bottom.',
      },
      {
        agent: 'Sound designer',
        role: 'Audio',
        content:
          'Rattle and wind carry the speed; let the screams peak on the loop, then a cheering crowd as the tail.',
      },
      {
        agent: 'Synthesizer',
        role: 'Final prompt',
        content:
          'Merged: POV from the front car, golden hour backlight, two clearly described friends, push-in at the loop apex, photorealistic, 8 seconds.',
      },
    ],
  },
};

const ramen: Omit<DemoVideo, 'id' | 'minutesAgo'> = {
  title: 'Midnight ramen in Shinjuku',
  concept:
    'A cosy late-night ramen shop in Tokyo: steam, neon through the window, a chef plating a bowl in one fluid move.',
  platform: 'instagram_reels',
  optimizedPrompt:
    'Slow cinematic dolly-in across a narrow wooden ramen counter in Shinjuku at midnight. Pink and cyan neon signs glow through a rain-streaked window; thick steam curls up from a copper pot. A chef in a navy headband lifts noodles with long chopsticks, folds them into a black bowl, ladles glossy tonkotsu broth, and lays chashu, a soft egg and scallions with one fluid motion. Shallow depth of field, anamorphic bokeh, 35 mm film grain. Close-up finish on the bowl as a customer’s hands reach in. Audio: rain on glass, simmering broth, a quiet “irasshaimase”.',
  specs: {
    aspectRatio: '9:16',
    durationSec: 12,
    resolution: '1080x1920',
    style: 'Cinematic food film, 35 mm grain',
    camera: 'Slow dolly-in along the counter, ends on a top-down close-up',
    lighting: 'Neon spill (pink, cyan) and warm practicals over the counter',
    audio: 'Rain on glass, simmering broth, soft greeting',
    colorPalette: 'Neon pink, cyan, warm amber',
  },
  hashtags: ['#ramen', '#tokyo', '#foodfilm', '#nightvibes'],
  roundtable: {
    synthesisComplete: true,
    messages: [
      {
        agent: 'Director',
        role: 'Creative direction',
        content: 'One continuous move: the plating is the story. No cuts.',
      },
      {
        agent: 'Food stylist',
        role: 'Food',
        content: 'Glossy broth, jammy egg, scallions last so they stay bright green.',
      },
      {
        agent: 'Synthesizer',
        role: 'Final prompt',
        content:
          'Dolly-in, neon and steam, one fluid plating, close-up on the bowl, 12 seconds vertical.',
      },
    ],
  },
};

const launch: Omit<DemoVideo, 'id' | 'minutesAgo'> = {
  title: 'Product teaser: Aurora smart lamp',
  concept:
    'A 15-second teaser for a smart lamp that follows the sunrise, for a YouTube Shorts launch.',
  platform: 'youtube_shorts',
  optimizedPrompt:
    'Minimal Scandinavian bedroom before dawn, soft blue darkness. On a white oak nightstand, a frosted glass lamp — the Aurora — slowly brightens from deep amber to warm white in sync with a sunrise seen through sheer curtains. Locked-off macro shots of the glass glowing, then a slow crane up revealing a person stretching awake, smiling. Clean product-film look, gentle parallax, no text. Audio: soft ambient pad rising with the light, a single bird call.',
  specs: {
    aspectRatio: '9:16',
    durationSec: 15,
    resolution: '1080x1920',
    style: 'Clean product film',
    camera: 'Macro locked-off shots, then a slow crane up',
    lighting: 'Pre-dawn blue shifting to warm sunrise',
    audio: 'Ambient pad swelling, one bird call',
  },
  hashtags: ['#smarthome', '#productdesign', '#sunrise'],
  roundtable: {
    synthesisComplete: false,
    messages: [
      {
        agent: 'Director',
        role: 'Creative direction',
        content: 'Let the light do the talking; the lamp should feel like the sunrise itself.',
      },
      {
        agent: 'Brand strategist',
        role: 'Brand',
        content: 'No on-screen text: the launch post carries the copy.',
      },
    ],
  },
};

/** Demo videos for each persona; the first of each has a finished roundtable and is "ready". */
export const demoVideos: Record<Persona, DemoVideo[]> = {
  free: [
    { ...rollerCoaster, id: '65b000000000000000000101', minutesAgo: 2 },
    { ...launch, id: '65b000000000000000000102', minutesAgo: 60 * 26 },
  ],
  byok: [
    { ...ramen, id: '65b000000000000000000201', minutesAgo: 5 },
    { ...rollerCoaster, id: '65b000000000000000000202', minutesAgo: 60 * 3 },
  ],
  premium: [
    { ...rollerCoaster, id: '65b000000000000000000301', minutesAgo: 2 },
    { ...ramen, id: '65b000000000000000000302', minutesAgo: 45 },
    { ...launch, id: '65b000000000000000000303', minutesAgo: 60 * 24 * 3 },
  ],
};
