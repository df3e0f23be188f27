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
  },
};
