/**
 * The demo app's templates: hand-written, realistic marketing notifications
 * covering every shape and quirk a client must survive. Tests rely on the
 * facts listed in each comment; change them together.
 */
import {
  card, carousel, cdn, column, custom, edges, fixed, flex, image, imageButton, row, stamps, text, textButton, ui, v2, v3, web,
  type Json,
} from './template-builders.ts';

const INK = '#1A1A1A';
const MUTED = '#6B6B6B';
const BRAND = '#742DDD';

/** A fresh copy on every call: callers may edit what they get. */
export function seedCatalogue(): unknown[] {
  return [
    ...lifecycle(),
    ...commerce(),
    ...engagement(),
    ...localized(),
    ...edgeCases(),
    ...businessMessagingV2(),
  ];
}

function lifecycle(): Json[] {
  return [
    // Image + text + one button; the coupon variable also appears inside the action URL.
    v3('welcome_offer', 'Welcome offer – 15% off first order', stamps(340, 12), ui([
      image(cdn('campaigns/welcome/hero-1200x600.jpg'), { height: 160, pixels: [1200, 600] }),
      card([
        text('Welcome, {first_name}!', { size: 18, weight: 'bold', color: INK }),
        text('Use code {coupon_code} at checkout for 15% off your first order.', { size: 14, color: MUTED }, { maxTextLines: 3, viewStyle: { margin: edges(6, 0, 12, 0) } }),
        textButton('Shop now', web('https://shop.example.com/welcome?code={coupon_code}'), { background: BRAND, color: '#FFFFFF' }),
      ]),
    ])),

    // Text-only: no image, no button.
    v3('appointment_reminder', 'Appointment reminder (24 hours before)', stamps(300, 45, 30), ui([
      card([
        text('Appointment reminder', { size: 16, weight: 'bold', color: INK }),
        text('Hi {patient_name}, this is a reminder of your appointment with {doctor_name} on {appointment_time}.', { size: 14, color: INK }, { maxTextLines: 4 }),
        text('{clinic_address}', { size: 12, color: MUTED }, { maxTextLines: 2, viewStyle: { margin: edges(8, 0, 0, 0) } }),
      ]),
    ])),

    // Color variables (an alert pair) and five variables.
    v3('payment_failed', 'Payment failed – update card', stamps(280, 3, 615), ui([
      card([
        row([
          image(cdn('icons/alert-triangle.png'), { width: 24, height: 24, mode: 'aspectFit', extra: { imageStyle: { contentMode: 'aspectFit', tintColor: '{alert_color}' } } }),
          text('Payment failed', { size: 16, weight: 'bold', color: '{alert_color}' }, { viewStyle: { margin: edges(0, 0, 0, 8) } }),
        ]),
        text("Hi {first_name}, we couldn't charge {amount} {currency} to your card ending in {card_last4}.", { size: 14, color: '{body_text}' }, { maxTextLines: 3, viewStyle: { margin: edges(8, 0, 12, 0) } }),
        textButton('Update payment method', web('{update_url}'), { background: '{alert_color}', color: '#FFFFFF' }),
      ], '{card_background}'),
    ]), { colors: { alert_color: '#FFD32F2F, #FFFF6B6B', body_text: '#FF1A1A1A, #FFEDEDED', card_background: '#FFFFFFFF, #FF1F1F1F' } }),

    v3('security_new_login', 'New sign-in to your account', stamps(250, 60, 400), ui([
      card([
        text('New sign-in detected', { size: 16, weight: 'bold', color: INK }),
        text('We noticed a sign-in from {device_name} in {city} at {login_time}.', { size: 14, color: MUTED }, { maxTextLines: 3, viewStyle: { margin: edges(6, 0, 12, 0) } }),
        row([
          textButton('It was me', custom('confirm_login'), { extra: { viewStyle: { backgroundColor: '#F0F0F0', radius: 6, padding: edges(10, 12), margin: edges(0, 4, 0, 0) } } }),
          textButton('Secure account', web('https://account.example.com/security'), { background: '#D32F2F', color: '#FFFFFF' }),
        ]),
      ]),
    ])),

    v3('subscription_renewal', 'Subscription renews in 3 days', stamps(210, 30, 540), ui([
      card([
        text('Your {plan_name} plan renews on {renewal_date}', { size: 16, weight: 'bold', color: INK }, { maxTextLines: 2 }),
        text('We will charge {amount} to your saved payment method.', { size: 14, color: MUTED }, { viewStyle: { margin: edges(6, 0, 12, 0) } }),
        row([
          textButton('Manage plan', web('https://account.example.com/billing')),
          textButton('Keep my plan', custom('dismiss'), { background: BRAND, color: '#FFFFFF' }),
        ]),
      ]),
    ])),
  ];
}

function commerce(): Json[] {
  const productCard = (n: 1 | 2 | 3, photo: string): Json =>
    ui([
      column([
        image(cdn(`catalog/new-arrivals/${photo}`), { height: 180, pixels: [800, 800] }),
        column([
          text(`{product_${n}_name}`, { size: 14, weight: 'bold', color: INK }, { maxTextLines: 2 }),
          text(`{product_${n}_price}`, { size: 14, color: BRAND }, { viewStyle: { margin: edges(4, 0, 8, 0) } }),
          textButton('View', web(`https://shop.example.com/new?slot=${n}`)),
        ], { padding: edges(10) }),
      ], { backgroundColor: '#FFFFFF', radius: 10, borderWidth: 1, borderColor: '#E6E6E6' }),
    ]);

  return [
    // Shares its updated_at with cart_reminder on purpose: the list must break the tie by key.
    v3('order_shipped', 'Order shipped', stamps(330, 20, 720), ui([
      card([
        text('Good news, {first_name}! Order #{order_id} is on its way with {carrier}.', { size: 15, weight: 'bold', color: INK }, { maxTextLines: 3 }),
        text('Estimated delivery: {delivery_eta}', { size: 13, color: MUTED }, { viewStyle: { margin: edges(6, 0, 12, 0) } }),
        textButton('Track package', web('{tracking_url}'), { background: BRAND, color: '#FFFFFF' }),
      ]),
    ])),

    // Image from a variable; two buttons side by side.
    v3('cart_reminder', 'Abandoned cart reminder (24h)', stamps(320, 20, 720), ui([
      image('{product_image_url}', { height: 180, pixels: [1080, 720] }),
      card([
        text('You left {item_name} in your cart', { size: 16, weight: 'bold', color: INK }, { maxTextLines: 2 }),
        text('{item_count} items are waiting. Complete your order before they sell out.', { size: 13, color: MUTED }, { viewStyle: { margin: edges(6, 0, 12, 0) } }),
        row([
          textButton('View cart', web('https://shop.example.com/cart'), { background: BRAND, color: '#FFFFFF', extra: { viewStyle: { backgroundColor: BRAND, radius: 6, padding: edges(10, 12), margin: edges(0, 4, 0, 0) } } }),
          textButton('Remind me later', custom('snooze_cart_24h')),
        ]),
      ]),
    ])),

    // Color variables referenced in background, text and button colors.
    v3('flash_sale_weekend', 'Weekend flash sale ⚡', stamps(90, 2, 60), ui([
      column([
        text('{discount_percent}% OFF everything', { size: 22, weight: 'bold', color: '{sale_accent}' }),
        text('Ends {ends_at}. No code needed.', { size: 14, color: '{sale_text}' }, { viewStyle: { margin: edges(4, 0, 12, 0) } }),
        textButton('Shop the sale', web('https://shop.example.com/sale'), { background: '{sale_accent}', color: '#FFFFFF' }),
      ], { backgroundColor: '{sale_bg}', radius: 12, padding: edges(16) }),
    ]), { colors: { sale_bg: '#FFFFF1E6, #FF3D1F0A', sale_accent: '#FFE8590C, #FFFF8A3D', sale_text: '#FF1A1A1A, #FFF5F5F5' } }),

    // An image button is the whole call to action.
    v3('back_in_stock', 'Back in stock alert', stamps(150, 25, 300), ui([
      card([
        text('{product_name} is back in stock', { size: 16, weight: 'bold', color: INK }, { maxTextLines: 2, viewStyle: { margin: edges(0, 0, 8, 0) } }),
        imageButton(cdn('catalog/back-in-stock/{product_sku}.jpg'), web('https://shop.example.com/p/{product_sku}'), 240, { width: flex(0), imageStyle: { contentMode: 'aspectFill' }, metaData: { pixelWidth: 960, pixelHeight: 960 } }),
      ]),
    ])),

    // A carousel whose items are whole templates; six variables.
    v3('new_arrivals_carousel', 'New arrivals carousel (3 products)', stamps(120, 8, 840), ui([
      text('New this week', { size: 16, weight: 'bold', color: INK }, { viewStyle: { padding: edges(0, 4, 8, 4) } }),
      carousel([productCard(1, 'linen-shirt.jpg'), productCard(2, 'canvas-tote.jpg'), productCard(3, 'desk-lamp.jpg')], { spacing: 10, maxChildWidth: 240 }),
    ])),

    // `version` as a string, as Sendbird's builder sometimes writes it.
    v3('price_drop_alert', 'Price drop alert', stamps(180, 40, 200), ui([
      image(cdn('campaigns/price-drop/banner.png'), { height: 120, mode: 'aspectFit', pixels: [1200, 400] }),
      card([
        text('{product_name} dropped to {new_price}', { size: 16, weight: 'bold', color: INK }, { maxTextLines: 2 }),
        text('Was {old_price}. Prices can change at any time.', { size: 13, color: MUTED }),
      ]),
    ], '1')),

    // Data only: no layout at all.
    v3('order_status_data', 'Order status update (data only)', stamps(200, 14, 1000), undefined, {
      data: { order_id: '{order_id}', status: '{order_status}', updated: '{status_updated_at}', channel: 'app' },
    }),

    v3('low_balance_warning', 'Wallet balance is low', stamps(100, 6, 480), ui([
      card([
        text('Low balance', { size: 16, weight: 'bold', color: '{warning_color}' }),
        text('{first_name}, your wallet balance is {balance}. Top up to keep auto-pay running.', { size: 14, color: INK }, { maxTextLines: 3, viewStyle: { margin: edges(6, 0, 12, 0) } }),
        textButton('Top up', web('{top_up_url}'), { background: '{warning_color}', color: '#FFFFFF' }),
      ]),
    ]), { colors: { warning_color: '#FFF59E0B, #FFFBBF24' } }),
  ];
}

function engagement(): Json[] {
  const star = (n: number) => imageButton(cdn('icons/star-outline.png'), web(`https://feedback.example.com/delivery?rating=${n}`), 36, { viewStyle: { margin: edges(0, 4, 0, 0) } });
  return [
    // Brand colors as a light/dark pair, referenced from several styles.
    v3('referral_bonus', 'Referral bonus – give 10, get 10', stamps(260, 35, 100), ui([
      card([
        text('Give {referral_reward}, get {referral_reward}', { size: 18, weight: 'bold', color: '{brand_primary}' }),
        text('{first_name}, share your link and you both get {referral_reward} off.', { size: 14, color: INK }, { maxTextLines: 3, viewStyle: { margin: edges(6, 0, 12, 0) } }),
        textButton('Copy my link', web('{referral_link}'), { background: '{brand_primary}', color: '#FFFFFF' }),
      ]),
    ]), { colors: { brand_primary: '#FF742DDD, #FFC2A9FA' } }),

    // A row of image buttons.
    v3('delivery_feedback', 'Rate your delivery', stamps(140, 18, 660), ui([
      card([
        text('How was your delivery from {store_name}?', { size: 15, weight: 'bold', color: INK }, { maxTextLines: 2, viewStyle: { margin: edges(0, 0, 8, 0) } }),
        row([1, 2, 3, 4, 5].map(star)),
      ]),
    ])),

    // A background image behind the text.
    v3('webinar_invite', 'Webinar invitation', stamps(60, 9, 900), ui([
      column([
        text('{webinar_title}', { size: 18, weight: 'bold', color: '#FFFFFF' }, { maxTextLines: 2 }),
        text('{webinar_date} · with {speaker_name}', { size: 13, color: '#EDEDED' }, { viewStyle: { margin: edges(4, 0, 12, 0) } }),
        textButton('Save my seat', web('{registration_url}'), { background: '#FFFFFF', color: BRAND }),
      ], { backgroundImageUrl: cdn('campaigns/webinar/backdrop-dark.jpg'), backgroundColor: '#2B2B2B', radius: 12, padding: edges(16) }),
    ])),

    v3('loyalty_points_update', 'Loyalty points balance update', stamps(230, 5, 360), ui([
      card([
        row([
          image(cdn('loyalty/badge-gold.png'), { width: 48, height: 48, mode: 'aspectFit', extra: { viewStyle: { radius: 24, margin: edges(0, 12, 0, 0) } } }),
          column([
            text('{first_name}, you earned {points_earned} points', { size: 15, weight: 'bold', color: INK }, { maxTextLines: 2 }),
            text('Balance: {points_balance} · Tier: {tier_name}', { size: 13, color: MUTED }),
          ]),
        ]),
      ]),
    ])),

    // A QR code shown whole (aspectFit) at a fixed size; five variables.
    v3('event_ticket_qr', 'Event ticket with QR code', stamps(45, 1, 1200), ui([
      card([
        text('{attendee_name}, here is your ticket', { size: 16, weight: 'bold', color: INK }),
        text('{event_name} · Seat {seat}', { size: 14, color: MUTED }, { viewStyle: { margin: edges(4, 0, 8, 0) } }),
        image('{qr_code_url}', { width: 200, height: 200, mode: 'aspectFit', pixels: [600, 600] }),
        text('Gates open at {gate_time}', { size: 13, color: MUTED }, { viewStyle: { margin: edges(8, 0, 0, 0) } }),
      ]),
    ])),
  ];
}

function localized(): Json[] {
  return [
    // Korean name and text.
    v3('kr_shipping_started', '주문 배송 시작 안내', stamps(170, 22, 510), ui([
      card([
        text('{customer_name}님, 주문하신 상품이 발송되었습니다.', { size: 15, weight: 'bold', color: INK }, { maxTextLines: 2 }),
        text('운송장 번호: {tracking_number}', { size: 13, color: MUTED }, { viewStyle: { margin: edges(6, 0, 12, 0) } }),
        textButton('배송 조회', web('https://shop.example.co.kr/track/{tracking_number}'), { background: BRAND, color: '#FFFFFF' }),
      ]),
    ])),

    // Japanese name and text.
    v3('jp_reservation_confirmed', 'ご予約確認のお知らせ', stamps(160, 11, 570), ui([
      card([
        text('{customer_name} 様、{reservation_date} のご予約を承りました。', { size: 15, weight: 'bold', color: INK }, { maxTextLines: 3 }),
        text('店舗: {store_name}', { size: 13, color: MUTED }, { viewStyle: { margin: edges(6, 0, 12, 0) } }),
        textButton('予約を確認する', web('https://reserve.example.jp/my')),
      ]),
    ])),

    // Emoji name.
    v3('birthday_surprise', '🎂 Birthday surprise 🎁', stamps(365, 50, 0), ui([
      image(cdn('campaigns/birthday/confetti.gif'), { height: 140, pixels: [1000, 560] }),
      card([
        text('Happy birthday, {first_name}! 🎉', { size: 18, weight: 'bold', color: INK }),
        text('Your gift: use {gift_code} for a free dessert this week.', { size: 14, color: MUTED }, { maxTextLines: 2 }),
      ]),
    ])),
  ];
}

function edgeCases(): Json[] {
  return [
    // A name longer than 80 characters.
    v3(
      'quarterly_statement_ready',
      'Quarterly account statement ready – premium customers, EU region, legacy billing migration cohort B (do not edit)',
      stamps(355, 70, 420),
      ui([
        card([
          text('{first_name}, your statement for {statement_period} is ready', { size: 15, weight: 'bold', color: INK }, { maxTextLines: 2 }),
          textButton('Download PDF', web('{statement_url}'), { extra: { viewStyle: { backgroundColor: '#F0F0F0', radius: 6, padding: edges(10, 12), margin: edges(12, 0, 0, 0) } } }),
        ]),
      ]),
    ),

    // Archived (v3 shape): still listed, the client filters it out.
    v3('holiday_sale_2025', 'Holiday sale 2025 (ended)', stamps(364, 330, 780), ui([
      card([
        text('Holiday sale: {discount_percent}% off gifts', { size: 18, weight: 'bold', color: '#B71C1C' }),
        text('Order by {last_order_date} for delivery before the holidays.', { size: 14, color: MUTED }),
      ]),
    ]), { archived: true }),

    // A view variable ({@...}) the client fills itself: not a send-time variable.
    v3('in_app_survey', 'Quick survey (NPS)', stamps(80, 16, 240), ui([
      card([
        text('Hi {first_name}, how likely are you to recommend us to a friend?', { size: 15, weight: 'bold', color: INK }, { maxTextLines: 3 }),
        text('Your answer: {@selected_score}', { size: 13, color: MUTED }, { viewStyle: { margin: edges(6, 0, 10, 0) } }),
        row([
          textButton('Not likely', custom('nps:0')),
          textButton('Maybe', custom('nps:5')),
          textButton('Very likely', custom('nps:10'), { background: BRAND, color: '#FFFFFF' }),
        ]),
      ]),
    ])),

    // Numbers as strings, and fields this client has never heard of.
    v3('maintenance_notice', 'Scheduled maintenance notice', stamps(30, 4, 1320), ui([
      {
        type: 'box',
        layout: 'column',
        width: flex('0'),
        height: flex('1'),
        viewStyle: { backgroundColor: '#FFF8E1', radius: '8', borderWidth: '1', borderColor: '#FFE082', padding: edges('12', '14') },
        items: [
          text('Scheduled maintenance', { size: '16', weight: 'bold', color: INK }),
          text('The app will be unavailable {maintenance_window}. Thanks for your patience.', { size: '14', color: INK }, { maxTextLines: '3', height: fixed('40') }),
        ],
      },
    ]), { extra: { x_review_state: 'approved', x_owner: { team: 'platform-ops', slack: '#ops-notices' }, template_tags: ['ops', 'status'] } }),

    // No variables at all.
    v3('app_update_available', 'App update available', stamps(20, 1, 30), ui([
      card([
        text('Version 5.2 is here', { size: 16, weight: 'bold', color: INK }),
        text('Faster search, offline favourites and a fresh new look.', { size: 14, color: MUTED }, { viewStyle: { margin: edges(6, 0, 12, 0) } }),
        textButton('Update now', web('https://apps.example.com/store/shop-app'), { background: BRAND, color: '#FFFFFF' }),
      ]),
    ])),
  ];
}

function businessMessagingV2(): Json[] {
  return [
    v2('otp_sms_fallback', 'OTP code (SMS fallback)', stamps(310, 65, 50), {
      version: 3,
      channels: [{ type: 'sms', name: 'SMS', content: '[ExampleShop] Your verification code is {otp_code}. It expires in {expires_in_minutes} minutes.' }],
      variables: [
        ['otp_code', 'string', 'Verification code'],
        ['expires_in_minutes', 'number', 'Expires in (minutes)'],
      ],
    }),
    v2('alimtalk_order_confirmed', '주문 완료 알림톡', stamps(270, 28, 330), {
      version: 2,
      channels: [
        { type: 'alimtalk', name: '카카오 알림톡', content: { text: '{customer_name}님, 주문번호 {order_number} 결제가 완료되었습니다. 결제 금액: {order_total}', buttons: [{ name: '주문 확인', type: 'WL', url_mobile: 'https://shop.example.co.kr/orders' }] } },
        { type: 'sms', name: 'SMS fallback', content: '[ExampleShop] {customer_name}님 주문 {order_number} 완료 ({order_total})' },
      ],
      variables: [
        ['customer_name', 'string', '고객명'],
        ['order_number', 'string', '주문번호'],
        ['order_total', 'string', '결제 금액'],
      ],
      sequence: 2,
    }),
    // Archived (v2 shape).
    v2('whatsapp_promo_legacy', 'WhatsApp promo (legacy)', stamps(362, 300, 600), {
      version: 5,
      archived: true,
      channels: [{ type: 'whatsapp', name: 'WhatsApp', content: { template_name: 'promo_spring', language: 'en', body: 'Hi {first_name}, use {promo_code} for 20% off.' } }],
      variables: [
        ['first_name', 'string', 'First name'],
        ['promo_code', 'string', 'Promo code'],
      ],
    }),
    v2('push_weekly_digest', 'Weekly digest push', stamps(190, 7, 1080), {
      version: 1,
      channels: [{ type: 'push', name: 'Push', content: { title: 'Your week in review', body: '{top_story_title} and {unread_count} more updates' } }],
      variables: [
        ['top_story_title', 'string', 'Top story title'],
        ['unread_count', 'number', 'Unread count'],
      ],
    }),
  ];
}
