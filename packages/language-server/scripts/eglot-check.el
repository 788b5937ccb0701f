;;; eglot-check.el --- manual check of replylint-language-server in Emacs with Eglot  -*- lexical-binding: t -*-
;;
;; Usage (from the folder of the draft; Emacs 29+, or 28 with the eglot package):
;;
;;   emacs --batch -l /path/to/eglot-check.el draft.txt
;;
;; Opens the draft in text-mode, starts the server with Eglot, waits for the
;; diagnostics (through Flymake), prints them and exits: 0 when some arrived.
;; Not part of the test suite: CI machines have no Emacs.

(require 'package)
(package-initialize)
(require 'eglot)
(require 'flymake)

(defvar replylint-check-bin
  (expand-file-name "../bin/replylint-language-server.js"
                    (file-name-directory (or load-file-name buffer-file-name))))

(add-to-list 'eglot-server-programs
             `((text-mode markdown-mode message-mode mail-mode)
               . ("node" ,replylint-check-bin "--stdio")))

;; A folder that is not a repository is still a project for Eglot.
(add-hook 'project-find-functions
          (lambda (dir) (cons 'transient (expand-file-name default-directory))))

(let* ((file (car command-line-args-left))
       (buffer (find-file-noselect (expand-file-name file))))
  (setq command-line-args-left nil)
  (with-current-buffer buffer
    (text-mode)
    (eglot-ensure)
    ;; eglot-ensure starts the server once the command loop runs: do it now.
    (run-hooks 'post-command-hook)
    (let ((deadline (+ (float-time) 20)))
      (while (and (< (float-time) deadline) (null (flymake-diagnostics)))
        (accept-process-output nil 0.1)
        (when (and (eglot-current-server) (not flymake-mode)) (flymake-mode 1))
        (flymake-start)))
    (let ((diagnostics (sort (flymake-diagnostics)
                             (lambda (a b) (< (flymake-diagnostic-beg a) (flymake-diagnostic-beg b))))))
      (princ (format "server: %S\n" (and (eglot-current-server)
                                          (process-command (jsonrpc--process (eglot-current-server))))))
      (dolist (d diagnostics)
        (let ((beg (flymake-diagnostic-beg d)))
          (princ (format "%d:%d %s %s\n"
                         (line-number-at-pos beg)
                         (save-excursion (goto-char beg) (1+ (current-column)))
                         (flymake-diagnostic-type d)
                         (car (split-string (flymake-diagnostic-text d) "\n"))))))
      (when (getenv "REPLYLINT_DEBUG") (with-current-buffer (jsonrpc-events-buffer (eglot-current-server)) (princ (buffer-substring (point-min) (point-max)))) (princ (format "\nflymake-mode %S backends %S diags %S\n" flymake-mode flymake-diagnostic-functions eglot--diagnostics)))
      (when (eglot-current-server) (ignore-errors (eglot-shutdown (eglot-current-server))))
      (kill-emacs (if diagnostics 0 1)))))
