import type { Random } from './random.js';

const firstNames = [
  'Ana',
  'João',
  'Maria',
  'Pedro',
  'Luíza',
  'Gabriel',
  'Júlia',
  'Lucas',
  'Beatriz',
  'Rafael',
  'Helena',
  'Matheus',
  'Sofia',
  'Guilherme',
  'Valentina',
  'Felipe',
  'Laura',
  'Thiago',
  'Isabela',
  'Bruno',
  'Camila',
  'André',
  'Letícia',
  'Vinícius',
  'Mariana',
  'Caio',
  'Fernanda',
  'Diego',
  'Aline',
  'Otávio',
] as const;
const lastNames = [
  'Silva',
  'Santos',
  'Oliveira',
  'Souza',
  'Rodrigues',
  'Ferreira',
  'Alves',
  'Pereira',
  'Lima',
  'Gomes',
  'Costa',
  'Ribeiro',
  'Martins',
  'Carvalho',
  'Araújo',
  'Melo',
  'Barbosa',
  'Rocha',
  'Dias',
  'Nunes',
  'Schmidt',
  'Becker',
  'Weber',
  'Müller',
  'Conceição',
  'Gonçalves',
  'Moreira',
  'Teixeira',
  'Cardoso',
  'Zanella',
] as const;

export const fullName = (random: Random) =>
  `${random.pick(firstNames)} ${random.pick(lastNames)} ${random.pick(lastNames)}`;

/** An 11-digit CPF whose two check digits are right (mod 11), as the API validates it. */
export function validCpf(random: Random): string {
  const digits = Array.from({ length: 9 }, () => random.int(0, 9));
  if (digits.every((d) => d === digits[0])) digits[8] = (digits[0]! + 1) % 10;
  for (const length of [9, 10]) {
    const sum = digits.slice(0, length).reduce((acc, digit, i) => acc + digit * (length + 1 - i), 0);
    const rest = (sum * 10) % 11;
    digits.push(rest === 10 ? 0 : rest);
  }
  return digits.join('');
}

export function passportNumber(random: Random): string {
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  return `${letters[random.int(0, letters.length - 1)]}${letters[random.int(0, letters.length - 1)]}${random.int(1_000_000, 9_999_999)}`;
}

export const phoneNumber = (random: Random) => `+55 51 9${random.int(1000, 9999)}-${random.int(1000, 9999)}`;
