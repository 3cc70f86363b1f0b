/** The + Campaign channel picker: a list of channel tiles, each starting a new campaign of that kind. */
import type { ReactNode } from 'react';
import { navigate } from '../router';
import { paths } from '../paths';
import { Dialog } from './Dialog';
import { ChatIcon, GlobeIcon, InAppIcon, InboxIcon, MailIcon, PhoneIcon, SmsIcon, WebhookIcon } from './Icons';

export const CHANNELS: { slug: string; label: string; icon: ReactNode }[] = [
  { slug: 'push', label: 'Mobile push', icon: <PhoneIcon /> },
  { slug: 'webpush', label: 'Web push', icon: <GlobeIcon /> },
  { slug: 'email', label: 'Email', icon: <MailIcon /> },
  { slug: 'sms', label: 'SMS', icon: <SmsIcon /> },
  { slug: 'whatsapp', label: 'WhatsApp', icon: <ChatIcon /> },
  { slug: 'inapp', label: 'In-App', icon: <InAppIcon /> },
  { slug: 'appinbox', label: 'App Inbox', icon: <InboxIcon /> },
  { slug: 'webhook', label: 'Webhooks', icon: <WebhookIcon /> },
];

export function MessagingChannelsDialog({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Messaging Channels" onClose={onClose} size="md" closeOnBackdrop className="ct-channels-dialog">
      <p className="ct-muted">Choose where this campaign's message goes.</p>
      <ul className="ct-channel-list">
        {CHANNELS.map((channel) => (
          <li key={channel.slug} className="ct-channel-list__item">
            <button
              type="button"
              className="ct-channel-tile"
              onClick={() => {
                onClose();
                navigate(paths.newCampaign(channel.slug));
              }}
            >
              <span className={`ct-channel-tile__icon ct-channel-tile__icon--${channel.slug}`}>{channel.icon}</span>
              <span className="ct-channel-tile__label">{channel.label}</span>
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}
