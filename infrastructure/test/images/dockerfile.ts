// A small Dockerfile reader for the image tests: instructions with their stage, continuation
// lines joined, comments and parser directives dropped, and the rules every image must keep.

export type Instruction = { keyword: string; args: string; stage: number };
export type Stage = { index: number; image: string; name?: string; instructions: Instruction[] };

export function parseDockerfile(source: string): Stage[] {
  const logical = source
    .replace(/\\\r?\n/g, ' ')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const stages: Stage[] = [];
  for (const line of logical) {
    const match = /^(\w+)\s+(.*)$/.exec(line);
    if (!match?.[1]) continue;
    const keyword = match[1].toUpperCase();
    const args = (match[2] ?? '').replace(/\s+/g, ' ').trim();
    if (keyword === 'FROM') {
      const from = /^(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      stages.push({ index: stages.length, image: from?.[1] ?? '', name: from?.[2], instructions: [] });
    }
    const stage = stages.at(-1);
    if (stage) stage.instructions.push({ keyword, args, stage: stage.index });
  }
  return stages;
}

const secretWord = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_KEY|CREDENTIALS?)/i;

/** Everything wrong with a Dockerfile by the team's rules; empty when it is fine. */
export function dockerfileProblems(source: string): string[] {
  const stages = parseDockerfile(source);
  const problems: string[] = [];
  if (stages.length < 2) problems.push('not multi-stage');
  const names = new Set<string>();
  for (const stage of stages) {
    if (!names.has(stage.image)) {
      const pinned = /^[\w./-]+:(?<tag>[\w.-]+)(@sha256:[a-f0-9]{64})?$/.exec(stage.image);
      const tag = pinned?.groups?.tag ?? '';
      if (!tag || tag === 'latest' || !/\d+\.\d+\.\d+/.test(tag)) {
        problems.push(`FROM ${stage.image} is not pinned to an exact version`);
      }
    }
    if (stage.name) names.add(stage.name);
  }
  const final = stages.at(-1);
  if (!final) return [...problems, 'no FROM'];
  const users = final.instructions.filter((i) => i.keyword === 'USER').map((i) => i.args);
  const user = users.at(-1);
  if (!user || /^(root|0)(:|$)/.test(user)) problems.push(`final stage runs as ${user ?? 'root (no USER)'}`);
  const health = final.instructions.find((i) => i.keyword === 'HEALTHCHECK');
  if (!health || /^NONE$/i.test(health.args) || !/CMD/.test(health.args)) problems.push('no HEALTHCHECK');
  if (!final.instructions.some((i) => i.keyword === 'EXPOSE')) problems.push('no EXPOSE');
  for (const instruction of stages.flatMap((stage) => stage.instructions)) {
    if ((instruction.keyword === 'ENV' || instruction.keyword === 'ARG') && secretWord.test(instruction.args)) {
      problems.push(`${instruction.keyword} ${instruction.args} looks like a secret baked into the image`);
    }
    if (
      (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') &&
      /(^|\s|\/)\.env(\s|$)/.test(instruction.args)
    ) {
      problems.push(`${instruction.keyword} ${instruction.args} copies an env file`);
    }
    if (instruction.keyword === 'ADD' && /https?:\/\//.test(instruction.args)) {
      problems.push(`ADD ${instruction.args} downloads without a checksum`);
    }
  }
  return problems;
}

/** COPY sources taken from the build context (not from another stage). */
export function contextSources(source: string): string[] {
  return parseDockerfile(source)
    .flatMap((stage) => stage.instructions)
    .filter((i) => i.keyword === 'COPY' && !/--from=/.test(i.args))
    .flatMap((i) => {
      const parts = i.args.split(' ').filter((part) => !part.startsWith('--'));
      return parts.slice(0, -1);
    });
}

/**
 * Whether the build context leaves out a path, by .dockerignore rules: the last matching pattern
 * wins, `!` re-includes, and a pattern that matches a folder covers everything in it.
 */
export function isIgnored(path: string, dockerignore: string): boolean {
  const patterns = dockerignore
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const prefixes = path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
  let ignored = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = (negated ? raw.slice(1) : raw).replace(/^\/+|\/+$/g, '');
    const regex = new RegExp(
      `^${pattern
        .split('/')
        .map((part) =>
          part === '**'
            ? '(?:.*)'
            : part
                .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                .replace(/\*/g, '[^/]*')
                .replace(/\?/g, '[^/]'),
        )
        .join('/')
        .replace(/\(\?:\.\*\)\//g, '(?:.*/)?')}$`,
    );
    if (prefixes.some((prefix) => regex.test(prefix))) ignored = !negated;
  }
  return ignored;
}
