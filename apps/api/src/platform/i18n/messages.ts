import type { ErrorCode, Locale } from '@promata/contracts';

type ErrorMessages = Record<ErrorCode, string>;

/**
 * Human-readable texts the API answers with, per language. Error messages are keyed by the error
 * code so every code has a translation in both languages (the type refuses a missing one).
 */
export const errorMessages: Record<Locale, ErrorMessages> = {
  'pt-BR': {
    VALIDATION_FAILED: 'Alguns dados enviados são inválidos. Verifique os campos indicados.',
    INVALID_JSON: 'O corpo da requisição não é um JSON válido.',
    UNSUPPORTED_MEDIA_TYPE: 'Tipo de conteúdo não suportado.',
    PAYLOAD_TOO_LARGE: 'O conteúdo enviado é grande demais.',
    NOT_FOUND: 'Recurso não encontrado.',
    METHOD_NOT_ALLOWED: 'Método não permitido para este endereço.',
    UNAUTHORIZED: 'É preciso entrar na sua conta.',
    FORBIDDEN: 'Você não tem permissão para esta ação.',
    CONFLICT: 'A operação conflita com o estado atual do recurso.',
    RATE_LIMITED: 'Muitas tentativas. Aguarde um pouco e tente de novo.',
    SERVICE_UNAVAILABLE: 'Serviço temporariamente indisponível. Tente novamente em instantes.',
    OVERLOADED: 'O servidor está sobrecarregado. Tente novamente em instantes.',
    INTERNAL_ERROR: 'Ocorreu um erro inesperado. A equipe foi avisada; tente novamente mais tarde.',
    INVALID_CREDENTIALS: 'E-mail ou senha incorretos.',
    EMAIL_NOT_VERIFIED: 'Confirme seu e-mail pelo link que enviamos antes de entrar.',
    MFA_REQUIRED: 'Informe o código do seu aplicativo autenticador.',
    MFA_INVALID: 'Código de verificação inválido.',
    MFA_SETUP_REQUIRED: 'Configure a verificação em duas etapas para acessar a área da equipe.',
    INVALID_TOKEN: 'Este link é inválido ou expirou. Peça um novo.',
    WEAK_PASSWORD: 'Escolha uma senha mais forte.',
    UNSUPPORTED_FILE_TYPE: 'Tipo de arquivo não aceito. Envie PDF, JPEG, PNG ou WebP.',
    CAPACITY_EXCEEDED: 'Não há mais vagas suficientes em algumas das datas escolhidas.',
    INVALID_TRANSITION: 'Esta ação não é possível na situação atual da reserva.',
    IDEMPOTENCY_KEY_REUSED: 'Esta chave de idempotência já foi usada com outro pedido.',
  },
  en: {
    VALIDATION_FAILED: 'Some of the data sent is invalid. Check the fields listed.',
    INVALID_JSON: 'The request body is not valid JSON.',
    UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type.',
    PAYLOAD_TOO_LARGE: 'The content sent is too large.',
    NOT_FOUND: 'Resource not found.',
    METHOD_NOT_ALLOWED: 'Method not allowed for this address.',
    UNAUTHORIZED: 'You need to sign in.',
    FORBIDDEN: 'You are not allowed to do this.',
    CONFLICT: 'The operation conflicts with the current state of the resource.',
    RATE_LIMITED: 'Too many attempts. Wait a moment and try again.',
    SERVICE_UNAVAILABLE: 'Service temporarily unavailable. Try again in a moment.',
    OVERLOADED: 'The server is overloaded. Try again in a moment.',
    INTERNAL_ERROR: 'Something unexpected went wrong. The team has been notified; try again later.',
    INVALID_CREDENTIALS: 'Incorrect e-mail or password.',
    EMAIL_NOT_VERIFIED: 'Confirm your e-mail with the link we sent before signing in.',
    MFA_REQUIRED: 'Enter the code from your authenticator app.',
    MFA_INVALID: 'Invalid verification code.',
    MFA_SETUP_REQUIRED: 'Set up two-step verification to access the staff area.',
    INVALID_TOKEN: 'This link is invalid or has expired. Ask for a new one.',
    WEAK_PASSWORD: 'Choose a stronger password.',
    UNSUPPORTED_FILE_TYPE: 'File type not accepted. Send a PDF, JPEG, PNG or WebP file.',
    CAPACITY_EXCEEDED: 'There are not enough places left on some of the chosen dates.',
    INVALID_TRANSITION: 'This action is not possible in the booking’s current state.',
    IDEMPOTENCY_KEY_REUSED: 'This idempotency key was already used for a different request.',
  },
};
