import { Button, Dialog, DialogBody, DialogContent, DialogSurface, DialogTitle, DialogTrigger } from '@fluentui/react-components';
import { AddRegular, DismissRegular } from '@fluentui/react-icons';
import { CreatePlanForm } from '../../components/CreatePlanForm';
import { useFullMessages } from '../../i18n/use-full-messages';
import { surfaceUrl } from '../../lib/links';

/**
 * "New plan" on My plans: the same form as the tab's settings page, in a dialog; the new plan
 * opens once started. The plan service decides who may start one and says so on the form.
 */
export function NewPlanButton() {
  const t = useFullMessages();
  return (
    <Dialog modalType="modal">
      <DialogTrigger disableButtonEnhancement>
        <Button appearance="primary" icon={<AddRegular />}>
          {t('myPlans.newPlan')}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle
            action={
              <DialogTrigger action="close">
                <Button appearance="subtle" aria-label={t('action.close')} icon={<DismissRegular />} />
              </DialogTrigger>
            }
          >
            {t('myPlans.newPlanTitle')}
          </DialogTitle>
          <DialogContent>
            <CreatePlanForm onCreated={(plan) => window.location.assign(surfaceUrl('tab', { plan: plan.id }))} />
          </DialogContent>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
