// Property tests run from one fixed seed, so that `npm test` gives the same verdict on every run and a
// failure found once is found again. To explore other inputs: FC_SEED=random (or any number) npm run test:unit;
// a failure prints its seed to replay.
import fc from "fast-check";

const chosen = process.env.FC_SEED;
if (chosen !== "random") fc.configureGlobal({ seed: chosen === undefined ? 20261205 : Number(chosen) });
