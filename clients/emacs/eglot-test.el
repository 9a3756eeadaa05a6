;;; eglot-test.el --- headless Emacs test of the README's eglot set-up  -*- lexical-binding: t; -*-
;;
;; Run: DOCKERFILE_LS=server/target/bin/dockerfile-ls emacs -Q --batch -l clients/emacs/eglot-test.el
;; With Debian's emacs, elpa-eglot and elpa-dockerfile-mode. It configures eglot exactly as the
;; README's Editors section says, opens a bad Dockerfile, waits for the server's FromAsCasing
;; diagnostic in Flymake (an error, as eglot-workspace-configuration asks), and applies its
;; quick fix through `eglot-code-actions', as a user would.

(require 'package)
;; -Q skips Debian's site start-up, which points package.el at the packages apt installed.
(add-to-list 'package-directory-list "/usr/share/emacs/site-lisp/elpa")
(package-initialize)
(require 'ert)
(require 'eglot)
(require 'dockerfile-mode)
(require 'flymake)

(defvar dockerfile-ls-test-launcher (or (getenv "DOCKERFILE_LS") (error "DOCKERFILE_LS must name the launcher")))

;; The README's configuration, with the launcher's path filled in.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               `((dockerfile-mode dockerfile-ts-mode) . (,dockerfile-ls-test-launcher))))
(setq-default eglot-workspace-configuration
              '(:dockerfile-ls (:rules (:FromAsCasing "error"))))

(defun dockerfile-ls-test--wait (what predicate)
  "Wait up to 60 s for PREDICATE, else fail naming WHAT."
  (let ((deadline (+ (float-time) 60)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    (unless (funcall predicate)
      (ert-fail (format "timed out waiting for %s" what)))))

(defun dockerfile-ls-test--from-as-casing ()
  (cl-find-if (lambda (d) (string-match-p "casing do not match" (flymake-diagnostic-text d)))
              (flymake-diagnostics)))

(ert-deftest dockerfile-ls-eglot ()
  (let* ((dir (make-temp-file "dockerfile-ls-eglot-" t))
         (file (expand-file-name "Dockerfile" dir)))
    (unwind-protect
        (progn
          (make-directory (expand-file-name ".git" dir))
          (with-temp-file file (insert "FROM alpine as build\nRUN echo hello\n"))
          (with-current-buffer (find-file-noselect file)
            (should (eq major-mode 'dockerfile-mode))
            ;; What `eglot-ensure' does after the next command, which a batch session never runs.
            (apply #'eglot (eglot--guess-contact))
            (dockerfile-ls-test--wait "eglot to connect" #'eglot-current-server)
            ;; Flymake defers its first check to the next command too: start it now.
            (flymake-start)
            (dockerfile-ls-test--wait "the FromAsCasing diagnostic" #'dockerfile-ls-test--from-as-casing)
            (let ((diag (dockerfile-ls-test--from-as-casing)))
              ;; eglot-workspace-configuration made it an error (the default is a warning).
              (should (eq (flymake-diagnostic-type diag) 'eglot-error))
              (should (equal (buffer-substring (flymake-diagnostic-beg diag) (flymake-diagnostic-end diag)) "as"))
              ;; The quick fix, picked from the menu as a user would.
              (let ((last-nonmenu-event 13))
                (cl-letf (((symbol-function 'completing-read)
                           (lambda (_prompt collection &rest _)
                             (or (car (member "Change 'as' to 'AS'" (mapcar #'car collection)))
                                 (ert-fail (format "no \"Change 'as' to 'AS'\" among %S" (mapcar #'car collection)))))))
                  (eglot-code-actions (flymake-diagnostic-beg diag) (flymake-diagnostic-end diag) "quickfix" t))))
            (should (equal (buffer-substring-no-properties (point-min) (line-end-position 1)) "FROM alpine AS build"))
            (dockerfile-ls-test--wait "the diagnostic to go after the fix"
                                      (lambda () (null (dockerfile-ls-test--from-as-casing))))
            (eglot-shutdown (eglot-current-server))
            (set-buffer-modified-p nil)
            (kill-buffer)))
      (delete-directory dir t))))

(ert-run-tests-batch-and-exit)
