import type { SendMailOptions } from 'nodemailer';

/** Where a composed message goes: an SMTP server, or a file on disk in the embedded default. */
export type Delivery = {
  kind: 'smtp' | 'file';
  /** Resolves once the message is accepted (by the server, or written); `file` is set for files. */
  deliver(message: SendMailOptions, template: string): Promise<{ messageId: string; file?: string }>;
  close(): Promise<void>;
};
