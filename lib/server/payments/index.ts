export {
  type CheckoutOrder,
  type CheckoutPurpose,
  type CheckoutSession,
  type GatewayOrder,
  type GatewayOrderStatus,
  GatewayUnavailableError,
  type PaymentGateway,
  type StatementPeriod,
} from "./gateway";
export { DEV_PAYMENT_WEBHOOK_SECRET, DEV_SANDBOX_API_KEY, getPaymentGateway, getPaymentWebhookSecret } from "./get-gateway";
export {
  type GatewayNotification,
  gatewayNotificationSchema,
  type NotificationRefusal,
  NotificationRefusedError,
  signNotification,
  type VerifiedNotification,
  verifyNotification,
} from "./notification";
export { SandboxGateway, type SandboxGatewayOptions } from "./sandbox-gateway";
