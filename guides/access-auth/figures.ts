/** The guide's illustrations (drawn from the Monitor's screens; no screenshots ship). */
export const figures = {
  firstLaunch: { src: '/figures/monitor/first-launch.svg', width: 800, height: 500 },
  createUser: { src: '/figures/monitor/create-user.svg', width: 800, height: 880 },
  profile: { src: '/figures/monitor/profile.svg', width: 800, height: 840 },
  login: { src: '/figures/monitor/login.svg', width: 800, height: 560 },
  twofaSetup: { src: '/figures/monitor/twofa-setup.svg', width: 800, height: 740 },
  apiTokens: { src: '/figures/monitor/api-tokens.svg', width: 800, height: 600 },
} as const;
