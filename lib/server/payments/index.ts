export {
  type CheckoutOrder,
  type CheckoutPurpose,
  type CheckoutSession,
  type GatewayOrder,
  type GatewayOrderStatus,
  GatewayUnavailableError,
  type PaymentGateway,
} from "./gateway";
export {
  type GatewayNotification,
  gatewayNotificationSchema,
  type NotificationRefusal,
  NotificationRefusedError,
  signNotification,
  type VerifiedNotification,
  verifyNotification,
} from "./notification";
